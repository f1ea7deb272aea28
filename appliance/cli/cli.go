// Package cli is the fatoora command line: a table of subcommands, each in
// its own file, sharing the global flags (--data). cmd/fatoora only calls Run.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// IO carries the process's standard streams and environment so commands are
// testable in-process.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// Command is one subcommand.
type Command struct {
	Name    string
	Summary string // one line for `fatoora help`
	// Run parses args (the words after the subcommand name) with its own
	// FlagSet and does the work. Flag errors are returned, not printed twice.
	Run func(ctx context.Context, args []string, io IO) error
}

var commands = map[string]Command{}

// Register adds a subcommand; called from init in each command's file.
func Register(c Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// ErrUsage marks an error caused by the command line itself (exit status 2).
var ErrUsage = errors.New("usage")

// Run runs the subcommand named by args[0].
func Run(ctx context.Context, args []string, stdio IO) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.Run(ctx, []string{"--help"}, stdio)
			}
		}
		usage(stdio.Stdout)
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(stdio.Stderr)
		return fmt.Errorf("%w: unknown command %q", ErrUsage, args[0])
	}
	err := c.Run(ctx, args[1:], stdio)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "fatoora — WhatsApp orders to Arabic invoices, on the shop's own box.")
	fmt.Fprintln(w, "\nUsage: fatoora COMMAND [options]   (fatoora COMMAND --help for its options)")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(w, "\nGlobal option for commands that touch data: --data DIR (FATOORA_DATA, default ./fatoora-data)")
}

// NewFlagSet makes a FlagSet for a command that prints its usage to the
// command's stderr and returns errors instead of exiting.
func NewFlagSet(name, summary string, stdio IO) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdio.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(stdio.Stderr, "Usage: fatoora %s [options]\n%s\n\nOptions:\n", name, summary)
		fs.PrintDefaults()
	}
	return fs
}

// DataFlag adds the global --data flag, defaulting to $FATOORA_DATA or
// ./fatoora-data.
func DataFlag(fs *flag.FlagSet, stdio IO) *string {
	def := "./fatoora-data"
	if stdio.Getenv != nil {
		if v := strings.TrimSpace(stdio.Getenv("FATOORA_DATA")); v != "" {
			def = v
		}
	}
	return fs.String("data", def, "data directory (env FATOORA_DATA)")
}
