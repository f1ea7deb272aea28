package cli

import (
	"context"
	"log/slog"
	"runtime/debug"

	"fatoora/appliance"
	"fatoora/appliance/config"
)

func init() {
	Register(Command{
		Name:    "serve",
		Summary: "run the box: webhook, understanding, invoices, WhatsApp replies, simulator, health",
		Run:     runServe,
	})
}

func runServe(ctx context.Context, args []string, stdio IO) error {
	const summary = "Run the box. Every option is also an environment variable (shown) and a\nKEY=VALUE line in the --config file; precedence flag > env > file > default."
	fs := NewFlagSet("serve", summary, stdio)
	opts, err := config.Load(fs, args, stdio.Getenv)
	if err != nil {
		return err
	}
	if err := opts.StrictCheck(); err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stdio.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if stdio.Getenv == nil || stdio.Getenv("GOGC") == "" {
		// PDF rendering allocates heavily and the box's heap is small: a
		// larger GC target trades a few tens of MB for a tenth of the CPU
		// (measured with scripts/loadorders). GOGC overrides it.
		debug.SetGCPercent(400)
	}
	if stdio.Getenv == nil || stdio.Getenv("GOMEMLIMIT") == "" {
		// ... but a soft limit keeps that slack from making a large
		// catalog's start-up (the index analysed, bleve written) the
		// box's resident size: with 50,000 products 291 MB resident
		// without it; after an index rebuild 206–221 MiB with it, peak
		// 218–224 MiB (BENCHMARKS.md "Catalog memory"; 200 MiB left
		// 231–246 MiB, 258 MB, over the target). The live heap is far
		// below it (about 40 MB at 50,000 products; the demo box's
		// orders peak at 125 MB resident, the same collections either
		// way); GOMEMLIMIT overrides it.
		debug.SetMemoryLimit(176 << 20)
	}
	box, err := appliance.New(opts, logger)
	if err != nil {
		return err
	}
	return box.Serve(ctx)
}
