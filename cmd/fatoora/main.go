// Command fatoora is the box: `fatoora serve` runs it, the other subcommands
// import catalogs, extract orders, render invoices and back up the store.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"fatoora/appliance/cli"
)

func main() {
	quietSysmon()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Run(ctx, os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	stop()
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		return
	case errors.Is(err, cli.ErrUsage):
		fmt.Fprintln(os.Stderr, "fatoora:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "fatoora:", err)
		os.Exit(1)
	}
}
