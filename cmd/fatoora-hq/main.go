// Command fatoora-hq is head office: `fatoora-hq serve` receives every
// branch box's invoices, credit notes and payments exactly once and shows
// them to the accountants; `fatoora-hq export` writes them as CSV or XLSX.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // the page's days are Cairo days on any server

	"fatoora/sync/hq/hqcli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := hqcli.Run(ctx, os.Args[1:], hqcli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	stop()
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		return
	case errors.Is(err, hqcli.ErrUsage):
		fmt.Fprintln(os.Stderr, "fatoora-hq:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "fatoora-hq:", err)
		os.Exit(1)
	}
}
