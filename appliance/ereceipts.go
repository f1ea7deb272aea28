package appliance

import (
	"fmt"
	"log/slog"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/config"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/part"
	"fatoora/appliance/store"
	"fatoora/sync/eta"
)

// eReceipts joins ETA e-receipts into the box when FATOORA_ETA_CLIENT_ID
// is set: the receipt issuer runs in the invoice book's issuing
// transaction (invoice.Config.OnIssue), the PDF prints the receipt's QR,
// and the submission worker is a part. A nil *eReceipts is "off" and every
// method is a no-op.
type eReceipts struct {
	db     *store.DB
	issuer *receipt.Issuer
	worker *eta.Worker
}

func newEReceipts(o config.Options, db *store.DB, log *slog.Logger) (*eReceipts, error) {
	if !o.ETA.Enabled() {
		return nil, nil
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
		return nil, err
	}
	w, err := eta.New(eta.Options{
		DB: db, IDURL: idURL, APIURL: apiURL, ClientID: o.ETA.ClientID, ClientSecret: o.ETA.ClientSecret,
		POSSerial: o.ETA.POSSerial, Logger: log,
	})
	if err != nil {
		return nil, err
	}
	log.Info("e-receipts on", "pos", o.ETA.POSSerial, "api", apiURL)
	return &eReceipts{db: db, issuer: is, worker: w}, nil
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

// part is the submission worker as a part (service and health "eta").
func (e *eReceipts) part() (part.Part, bool) {
	if e == nil {
		return part.Part{}, false
	}
	return e.worker.Part(), true
}
