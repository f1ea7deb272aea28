package relaycli

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"fatoora/sync/relay/server"

	"golang.org/x/crypto/acme/autocert"
)

// ErrUsage marks a command-line mistake (exit status 2).
var ErrUsage = errors.New("usage")

const usage = `fatoora-relay — holds Meta's WhatsApp webhooks for shops' boxes behind NAT.

Usage:
  fatoora-relay serve [options]   run the relay (fatoora-relay serve --help for options)
  fatoora-relay help              this text

Every option is also a FATOORA_* environment variable and a KEY=VALUE line in
the --config file; precedence flag > env > file > default. Secrets can be read
from files (--wa-app-secret-file, FATOORA_RELAY_BOXES_FILE, ...).
`

// Run runs the subcommand in args[0].
func Run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage)
		return nil
	}
	if args[0] != "serve" {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: unknown command %q", ErrUsage, args[0])
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: fatoora-relay serve [options]")
		fs.PrintDefaults()
	}
	c, err := Load(fs, args[1:], getenv)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if err := c.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	return Serve(ctx, c, logger)
}

// Serve runs the relay until ctx is cancelled.
func Serve(ctx context.Context, c Config, logger *slog.Logger) error {
	opts, err := c.ServerOptions()
	if err != nil {
		return err
	}
	opts.Logger = logger
	s, err := server.New(opts)
	if err != nil {
		return err
	}
	defer s.Close()

	ln, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", c.Listen, err)
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second, // a 3 MB webhook; the link clears it after the upgrade
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	scheme := "http"
	switch {
	case c.TLSDomain != "":
		m := &autocert.Manager{Prompt: autocert.AcceptTOS, HostPolicy: autocert.HostWhitelist(c.TLSDomain),
			Cache: autocert.DirCache(filepath.Join(c.Data, "autocert"))}
		srv.TLSConfig = m.TLSConfig() // TLS-ALPN-01 on this same port (443)
		ln = tls.NewListener(ln, srv.TLSConfig)
		scheme = "https"
	case c.TLSCert != "":
		cert, err := tls.LoadX509KeyPair(c.TLSCert, c.TLSKey)
		if err != nil {
			ln.Close()
			return fmt.Errorf("tls certificate: %w", err)
		}
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12, NextProtos: []string{"http/1.1"}}
		ln = tls.NewListener(ln, srv.TLSConfig)
		scheme = "https"
	}
	logger.Info("listening", "addr", ln.Addr().String(), "scheme", scheme, "data", c.Data, "boxes", len(opts.Boxes))

	errc := make(chan error, 2)
	go func() { errc <- srv.Serve(ln) }()
	jctx, stopJanitor := context.WithCancel(context.Background()) // stopped after the HTTP server
	janitorDone := make(chan struct{})
	go func() { _ = s.Serve(jctx); close(janitorDone) }()

	select {
	case err = <-errc:
		err = fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	// Stop taking webhooks and links, let in-flight webhooks commit, then
	// close the links (their pending acks are committed), then the store.
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if serr := srv.Shutdown(sctx); serr != nil {
		srv.Close()
	}
	stopJanitor()
	<-janitorDone
	logger.Info("stopped")
	return err
}
