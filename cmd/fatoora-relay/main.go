// Command fatoora-relay is the cloud relay: it receives Meta's WhatsApp
// webhooks for shops whose boxes sit behind NAT and hands them to each box
// over the link the box dials out. `fatoora-relay serve` runs it.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"fatoora/sync/relay/relaycli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := relaycli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	switch {
	case err == nil, errors.Is(err, context.Canceled):
	case errors.Is(err, relaycli.ErrUsage):
		fmt.Fprintln(os.Stderr, "fatoora-relay:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "fatoora-relay:", err)
		os.Exit(1)
	}
}
