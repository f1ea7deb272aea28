package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/store"
)

func init() {
	Register(Command{
		Name:    "store",
		Summary: "store maintenance: `fatoora store check` runs the full consistency check",
		Run:     runStore,
	})
}

func runStore(ctx context.Context, args []string, stdio IO) error {
	const summary = `fatoora store check [--data DIR | --file PATH]
Check every page of the store (or of a backup copy with --file): a damaged
file is reported, never changed. Stop the box first (it holds the file), or
check a copy made by 'fatoora backup'. Exit status 1 when damaged.`
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			fmt.Fprintln(stdio.Stdout, summary)
			return nil
		}
		fmt.Fprintln(stdio.Stderr, summary)
		return fmt.Errorf("%w: fatoora store check", ErrUsage)
	}
	quiet := NewFlagSet("store check", summary, IO{Stderr: io.Discard})
	defaults, err := config.Load(quiet, nil, stdio.Getenv)
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	fs := NewFlagSet("store check", summary, stdio)
	data := fs.String("data", defaults.Server.Data, "data directory of the box (env FATOORA_DATA, or the FATOORA_CONFIG file)")
	file := fs.String("file", "", "a store file to check instead (a backup copy)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	path := *file
	if path == "" {
		path = filepath.Join(*data, appliance.DBFile)
	}
	return checkStore(path, stdio)
}

func checkStore(path string, stdio IO) error {
	if err := store.Preflight(path); err != nil {
		return err
	}
	db, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 300 * time.Millisecond, CheckTimeout: -1})
	if errors.Is(err, store.ErrLocked) {
		return fmt.Errorf("%w: stop the box to check its store, or check a copy (fatoora backup --out copy.db; fatoora store check --file copy.db)", err)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	res := db.Check(0)
	if len(res.Problems) > 0 {
		for _, p := range res.Problems {
			fmt.Fprintln(stdio.Stdout, "damage:", p)
		}
		return &store.DamagedError{Path: path, Problem: fmt.Sprintf("%d problem(s) found by the consistency check", len(res.Problems))}
	}
	v, err := db.Schema()
	if err != nil {
		return fmt.Errorf("read schema of %s: %w", path, err)
	}
	fmt.Fprintf(stdio.Stdout, "store %s: ok (schema %d, every page checked in %s)\n", path, v, res.Took.Round(time.Millisecond))
	return nil
}
