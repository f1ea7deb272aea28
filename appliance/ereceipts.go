package appliance

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/config"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/part"
	"fatoora/appliance/store"
	"fatoora/sync/eta"
	"fatoora/ui/web"
)

// eReceipts joins ETA e-receipts into the box when FATOORA_ETA_CLIENT_ID
// is set: the receipt issuer runs in the invoice book's issuing
// transaction (invoice.Config.OnIssue), the PDF prints the receipt's QR,
// and the submission worker is a part. A nil *eReceipts is "off" and every
// method is a no-op.
type eReceipts struct {
	db      *store.DB
	issuer  *receipt.Issuer
	worker  *eta.Worker
	docsDir string // the PDF cache: a re-issued receipt's invoice is rendered again
}

func newEReceipts(o config.Options, db *store.DB, log *slog.Logger) (*eReceipts, error) {
	if !o.ETA.Enabled() {
		return nil, nil
	}
	is, w, err := NewETA(o, db, log)
	if err != nil {
		return nil, err
	}
	return &eReceipts{db: db, issuer: is, worker: w, docsDir: filepath.Join(o.Server.Data, DocsDir)}, nil
}

// NewETA builds the receipt issuer and the submission worker from the
// options (`fatoora eta reissue` uses the issuer on a stopped box).
func NewETA(o config.Options, db *store.DB, log *slog.Logger) (*receipt.Issuer, *eta.Worker, error) {
	if !o.ETA.Enabled() {
		return nil, nil, errors.New("e-receipts are off: set FATOORA_ETA_CLIENT_ID")
	}
	idURL, apiURL, portalURL := o.ETA.URLs()
	is, err := receipt.New(receipt.Options{
		POS:       receipt.POS{RIN: o.ETA.RIN, BranchCode: o.ETA.BranchCode, Serial: o.ETA.POSSerial, ActivityCode: o.ETA.ActivityCode},
		PortalURL: portalURL,
		// The book's threshold: the book refuses before it writes, the
		// receipt never refuses after (see receipt.Options).
		NationalIDAbove: InvoiceConfig(o).NationalIDAbove,
		Logger:          log,
	})
	if err != nil {
		return nil, nil, err
	}
	w, err := eta.New(eta.Options{
		DB: db, IDURL: idURL, APIURL: apiURL, ClientID: o.ETA.ClientID, ClientSecret: o.ETA.ClientSecret,
		POSSerial: o.ETA.POSSerial, Logger: log,
	})
	if err != nil {
		return nil, nil, err
	}
	log.Info("e-receipts on", "pos", o.ETA.POSSerial, "api", apiURL)
	return is, w, nil
}

// hook sets cfg.OnIssue: the receipt is issued in the invoice's
// transaction, and the worker is woken once that transaction commits.
func (e *eReceipts) hook(cfg *invoice.Config) {
	if e == nil {
		return
	}
	cfg.OnIssue = func(tx *bolt.Tx, doc *invoice.Document) error {
		if err := e.issuer.Issue(tx, doc); err != nil {
			return err
		}
		tx.OnCommit(e.worker.Kick)
		return nil
	}
}

// receiptURL is the QR of a document's receipt ("" when it has none).
func (e *eReceipts) receiptURL(number string) (string, error) {
	if e == nil {
		return "", nil
	}
	var url string
	err := e.db.View(func(tx *bolt.Tx) error {
		r, ok, err := receipt.ByDocument(tx, number)
		if ok {
			url = r.URL
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("receipt of %s: %w", number, err)
	}
	return url, nil
}

// part is the submission worker as a part (service and health "eta") with
// the staff route that re-issues a rejected receipt (loopback only, as
// `fatoora eta reissue` calls it).
func (e *eReceipts) part() (part.Part, bool) {
	if e == nil {
		return part.Part{}, false
	}
	p := e.worker.Part()
	p.Routes = func(mux *http.ServeMux) {
		mux.Handle("POST /admin/eta/reissue/{uuid}", web.LoopbackOnly(http.HandlerFunc(e.serveReissue)))
	}
	return p, true
}

func (e *eReceipts) serveReissue(w http.ResponseWriter, r *http.Request) {
	rec, err := Reissue(e.db, e.issuer, r.PathValue("uuid"), e.docsDir, time.Now())
	if err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	e.worker.Kick()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"uuid": rec.UUID, "number": rec.Number, "url": rec.URL})
}

// Reissue re-issues a rejected receipt in one transaction and drops the
// cached PDF of its document, whose QR named the rejected receipt.
func Reissue(db *store.DB, is *receipt.Issuer, uuid, docsDir string, now time.Time) (*receipt.Record, error) {
	var rec *receipt.Record
	if err := db.Update(func(tx *bolt.Tx) (err error) {
		rec, err = is.Reissue(tx, uuid, now)
		return err
	}); err != nil {
		return nil, err
	}
	if err := os.Remove(filepath.Join(docsDir, rec.Number+".pdf")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return rec, fmt.Errorf("drop the cached PDF of %s: %w", rec.Number, err)
	}
	return rec, nil
}
