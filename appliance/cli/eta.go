package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/store"
	"fatoora/sync/eta"
)

func init() {
	Register(Command{
		Name:    "eta",
		Summary: "e-receipts: `eta status` (submitted, accepted, rejected, waiting), `eta reissue UUID` (a rejected receipt)",
		Run:     runETA,
	})
}

func runETA(ctx context.Context, args []string, stdio IO) error {
	const summary = `Usage: fatoora eta status [--data DIR] [--listen ADDR] [--json]
       fatoora eta reissue [--data DIR] [--listen ADDR] UUID
status: the e-receipt outbox: receipts issued, submitted, accepted, rejected
(with ETA's error) and waiting, and the oldest waiting receipt's age.
reissue: a rejected receipt (after fixing its cause, e.g. the product's
item_code) gets a new uuid naming the old one and is queued again.
Both use the store when no box runs on the data directory, otherwise the
running box (GET /healthz, POST /admin/eta/reissue/UUID from this machine).`
	if len(args) > 0 && args[0] == "reissue" {
		return runETAReissue(ctx, args[1:], summary, stdio)
	}
	if len(args) == 0 || args[0] != "status" {
		fmt.Fprintln(stdio.Stderr, summary)
		return fmt.Errorf("%w: want `fatoora eta status` or `fatoora eta reissue UUID`", ErrUsage)
	}
	quiet := NewFlagSet("eta status", summary, IO{Stderr: io.Discard})
	defaults, err := config.Load(quiet, nil, stdio.Getenv)
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	fs := NewFlagSet("eta status", summary, stdio)
	data := fs.String("data", defaults.Server.Data, "data directory of the box (env FATOORA_DATA, or the FATOORA_CONFIG file)")
	listen := fs.String("listen", defaults.Server.Listen, "listen address of the running box (env FATOORA_LISTEN, or the FATOORA_CONFIG file)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	path := filepath.Join(*data, appliance.DBFile)
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("no store at %s: %w", path, err)
	}
	st, err := etaStatus(ctx, path, *listen)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdio.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	w := stdio.Stdout
	fmt.Fprintf(w, "e-receipts (%s)\n", st.Source)
	keys := make([]string, 0, len(st.Counts))
	for k := range st.Counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-28s %v\n", k, st.Counts[k])
	}
	if st.Message != "" {
		fmt.Fprintf(w, "  attention: %s\n", st.Message)
	}
	for _, r := range st.Rejected {
		fmt.Fprintf(w, "  rejected %s (%s) at %s: %s\n", r.Number, r.UUID, r.At.Format(time.RFC3339), r.Error)
	}
	return nil
}

// etaReport is what `fatoora eta status` prints.
type etaReport struct {
	Source   string              `json:"source"`
	Counts   map[string]any      `json:"counts"`
	Message  string              `json:"message,omitempty"`
	Rejected []receipt.Rejection `json:"rejected,omitempty"`
}

func etaStatus(ctx context.Context, path, listen string) (*etaReport, error) {
	db, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 300 * time.Millisecond})
	if err == nil {
		defer db.Close()
		rep := &etaReport{Source: "read from the store"}
		err := db.View(func(tx *bolt.Tx) error {
			s, err := receipt.ReadStatus(tx)
			if err != nil {
				return err
			}
			rep.Counts = eta.StatusDetails(s, time.Now())
			rep.Rejected, err = receipt.Rejections(tx)
			return err
		})
		if errors.Is(err, receipt.ErrNoBuckets) {
			return nil, errors.New("the store predates e-receipts: start the box once to migrate it")
		}
		return rep, err
	}
	if !errors.Is(err, store.ErrLocked) {
		return nil, err
	}
	u := "http://" + loopbackAddr(listen) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("the store is in use but the box does not answer on %s: %w", u, err)
	}
	defer resp.Body.Close()
	var h health.Report
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		return nil, fmt.Errorf("read %s: %w", u, err)
	}
	p, ok := h.Parts["eta"]
	if !ok {
		return nil, errors.New("the running box has e-receipts off (FATOORA_ETA_CLIENT_ID)")
	}
	return &etaReport{Source: "from the running box", Counts: p.Details, Message: p.Message}, nil
}

func runETAReissue(ctx context.Context, args []string, summary string, stdio IO) error {
	quiet := NewFlagSet("eta reissue", summary, IO{Stderr: io.Discard})
	o, err := config.Load(quiet, nil, stdio.Getenv)
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	fs := NewFlagSet("eta reissue", summary, stdio)
	data := fs.String("data", o.Server.Data, "data directory of the box (env FATOORA_DATA, or the FATOORA_CONFIG file)")
	listen := fs.String("listen", o.Server.Listen, "listen address of the running box (env FATOORA_LISTEN, or the FATOORA_CONFIG file)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: want the rejected receipt's uuid", ErrUsage)
	}
	uuid := fs.Arg(0)
	o.Server.Data = *data
	path := filepath.Join(*data, appliance.DBFile)
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("no store at %s: %w", path, err)
	}
	db, err := store.Open(path, store.Options{Timeout: 300 * time.Millisecond})
	if err == nil {
		defer db.Close()
		is, _, err := appliance.NewETA(o, db, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			return err
		}
		rec, err := appliance.Reissue(db, is, uuid, filepath.Join(*data, appliance.DocsDir), time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(stdio.Stdout, "receipt of %s re-issued as %s (queued; the box submits it when it runs)\n", rec.Number, rec.UUID)
		return nil
	}
	if !errors.Is(err, store.ErrLocked) {
		return err
	}
	u := "http://" + loopbackAddr(*listen) + "/admin/eta/reissue/" + url.PathEscape(uuid)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("the store is in use but the box does not answer on %s: %w", u, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("re-issue through the running box: %s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var rec struct{ UUID, Number string }
	if err := json.Unmarshal(body, &rec); err != nil {
		return fmt.Errorf("re-issue through the running box: %w", err)
	}
	fmt.Fprintf(stdio.Stdout, "receipt of %s re-issued as %s through the running box\n", rec.Number, rec.UUID)
	return nil
}
