package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/store"
)

func init() {
	Register(Command{
		Name:    "backup",
		Summary: "write a consistent copy of the store, even while the box is serving",
		Run:     runBackup,
	})
}

func runBackup(ctx context.Context, args []string, stdio IO) error {
	const summary = `Write a consistent copy of the box's store to --out.
If no box is running on the data directory the file is copied directly;
otherwise the running box streams it (GET /admin/backup, loopback only).
Restore: stop the box, copy the backup to DATA/fatoora.db, start the box.`
	// Defaults come from the same environment and config file as serve's.
	quiet := NewFlagSet("backup", summary, IO{Stderr: io.Discard})
	defaults, err := config.Load(quiet, nil, stdio.Getenv)
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	fs := NewFlagSet("backup", summary, stdio)
	out := fs.String("out", "", "backup file to write (required)")
	data := fs.String("data", defaults.Server.Data, "data directory of the box (env FATOORA_DATA, or the FATOORA_CONFIG file)")
	listen := fs.String("listen", defaults.Server.Listen, "listen address of the running box (env FATOORA_LISTEN, or the FATOORA_CONFIG file)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		fs.Usage()
		return fmt.Errorf("%w: --out is required", ErrUsage)
	}
	path := filepath.Join(*data, appliance.DBFile)
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("no store at %s: %w", path, err)
	}
	n, how, err := backup(ctx, path, *data, *listen, *out)
	if err != nil {
		return err
	}
	// Prove the copy opens as a store.
	db, err := store.Open(*out, store.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("backup written but does not open: %w", err)
	}
	v, _ := db.Schema()
	db.Close()
	fmt.Fprintf(stdio.Stdout, "backup %s: %d bytes, schema %d (%s)\n", *out, n, v, how)
	return nil
}

func backup(ctx context.Context, path, data, listen, out string) (int64, string, error) {
	db, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 300 * time.Millisecond})
	if err == nil {
		defer db.Close()
		n, err := db.BackupFile(out)
		return n, "copied from the file", err
	}
	if !errors.Is(err, store.ErrLocked) {
		return 0, "", err
	}
	u := "http://" + loopbackAddr(listen) + "/admin/backup"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, "", err
	}
	if err := adminAuth(req, data); err != nil {
		return 0, "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, "", fmt.Errorf("the store is in use but the box does not answer on %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, "", fmt.Errorf("backup from running box: %s", resp.Status)
	}
	var n int64
	err = store.WriteFileAtomic(out, func(w io.Writer) error {
		n, err = io.Copy(w, resp.Body)
		if err == nil && resp.ContentLength >= 0 && n != resp.ContentLength {
			err = fmt.Errorf("backup truncated: %d of %d bytes", n, resp.ContentLength)
		}
		return err
	})
	return n, "streamed from the running box", err
}

// loopbackAddr turns a listen address (":8080", "0.0.0.0:8080") into one to
// dial on this machine.
// adminAuth adds the running box's admin token (DATA/admin.token) to req.
// A missing file is left to the box to refuse (401): what holds the store
// may not be a box at all.
func adminAuth(req *http.Request, data string) error {
	tok, err := appliance.ReadAdminToken(data)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("the box's admin token: %w (run this as the user the box runs as)", err)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}

func loopbackAddr(listen string) string {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return listen
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}
