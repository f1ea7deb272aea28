// Package hqcli is the fatoora-hq command line: `serve` runs head office
// (the batch API, the accountants' page, /healthz), `export` writes every
// document as CSV or XLSX to standard output, `user add` creates a page
// account with serve stopped. cmd/fatoora-hq only calls Run.
//
// The page's accounts and sessions are the box's (package
// appliance/access) in their own bbolt file, <data>/access.db, whatever
// the store: with PostgreSQL each fatoora-hq process has its own accounts
// (the documents are shared, the logins are not). The first owner is made
// as on the box: while there is no account, serve prints a one-time
// setup_code in its log for the /setup page.
//
// Every setting is a flag, a FATOORA_HQ_* environment variable and a
// KEY=VALUE line in the optional --config file, with the precedence flag >
// env > file > default (as in fatoora). Secrets (the box keys, a database
// URL with a password) can come from files instead.
package hqcli

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
	"golang.org/x/term"

	"fatoora/appliance/access"
	"fatoora/appliance/config"
	"fatoora/sync/hq"
	"fatoora/sync/hq/connector"
	"fatoora/sync/hq/connector/odoo"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hq/hqpg"
)

// IO carries the process's streams and environment.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// ErrUsage marks an error in the command line (exit status 2).
var ErrUsage = errors.New("usage")

// Run runs the subcommand named by args[0].
func Run(ctx context.Context, args []string, stdio IO) error {
	if stdio.Getenv == nil {
		stdio.Getenv = func(string) string { return "" }
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdio.Stdout)
		return nil
	}
	var err error
	switch args[0] {
	case "serve":
		err = runServe(ctx, args[1:], stdio)
	case "export":
		err = runExport(ctx, args[1:], stdio)
	case "user":
		err = runUser(ctx, args[1:], stdio)
	default:
		usage(stdio.Stderr)
		return fmt.Errorf("%w: unknown command %q", ErrUsage, args[0])
	}
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprint(w, `fatoora-hq — head office: every branch's invoices, exactly once.

Usage: fatoora-hq COMMAND [options]   (fatoora-hq COMMAND --help for its options)

Commands:
  serve          receive the boxes' batches; the accountants' page; /healthz
  export         write every document as CSV or XLSX to standard output
  user add       create an account of the page (serve stopped; the first owner: the setup code in serve's log)
`)
}

// Options are fatoora-hq's settings.
type Options struct {
	Listen string
	Data   string
	// DB is a postgres:// URL; empty means the bbolt file in Data.
	DB string
	// Boxes are "ID=KEY" entries.
	Boxes []string
	// SecureCookie ("true") marks the page's session cookie Secure behind a
	// TLS reverse proxy.
	SecureCookie string
	// Odoo* configure the Odoo connector; an empty OdooURL switches it off.
	OdooURL, OdooDB, OdooUser, OdooPassword, OdooTaxID string
	ConfigFile                                         string
}

type setting struct {
	env, flag, help string
	ptr             *string
	list            *[]string // comma-separated in env and file, repeatable flag
	secret          bool      // also from a file: <env>_FILE / --<flag>-file
}

func (o *Options) settings() []setting {
	return []setting{
		{"FATOORA_HQ_LISTEN", "listen", "HTTP listen address", &o.Listen, nil, false},
		{"FATOORA_HQ_DATA", "data", "data directory (holds " + hqbolt.File + " when --db is not set)", &o.Data, nil, false},
		{"FATOORA_HQ_DB", "db", "PostgreSQL URL (postgres://...); empty = the bbolt file in --data", &o.DB, nil, true},
		{"FATOORA_HQ_BOXES", "box", "a box and its key, ID=KEY (repeatable; comma-separated in env and file)", nil, &o.Boxes, true},
		{"FATOORA_HQ_SECURE_COOKIE", "secure-cookie", "true behind a TLS reverse proxy: the login cookie is sent over HTTPS only", &o.SecureCookie, nil, false},
		{"FATOORA_HQ_ODOO_URL", "odoo-url", "push invoices and credit notes to this Odoo (base URL); empty = off", &o.OdooURL, nil, false},
		{"FATOORA_HQ_ODOO_DB", "odoo-db", "Odoo database", &o.OdooDB, nil, false},
		{"FATOORA_HQ_ODOO_USER", "odoo-user", "Odoo login", &o.OdooUser, nil, false},
		{"FATOORA_HQ_ODOO_PASSWORD", "odoo-password", "Odoo password or API key", &o.OdooPassword, nil, true},
		{"FATOORA_HQ_ODOO_TAX_ID", "odoo-tax-id", "Odoo account.tax id put on every line (the VAT); empty = none", &o.OdooTaxID, nil, false},
	}
}

type strFlag struct {
	set  bool
	vals []string
	def  string
}

func (s *strFlag) String() string {
	if s == nil {
		return ""
	}
	if !s.set {
		return s.def
	}
	return strings.Join(s.vals, ",")
}
func (s *strFlag) Set(v string) error {
	s.set = true
	s.vals = append(s.vals, v)
	return nil
}

// load registers the settings on fs, parses args and resolves them.
func load(fs *flag.FlagSet, args []string, getenv func(string) string) (Options, error) {
	o := Options{Listen: ":8090", Data: "./fatoora-hq-data", SecureCookie: "false"}
	sets := o.settings()
	flags := map[string]*strFlag{}
	configFlag := &strFlag{}
	fs.Var(configFlag, "config", "optional KEY=VALUE config file (env FATOORA_HQ_CONFIG)")
	for _, s := range sets {
		f := &strFlag{}
		if s.ptr != nil {
			f.def = *s.ptr
		}
		flags[s.env] = f
		fs.Var(f, s.flag, s.help+" (env "+s.env+")")
		if s.secret {
			ff := &strFlag{}
			flags[s.env+"_FILE"] = ff
			fs.Var(ff, s.flag+"-file", "read "+s.flag+" from this file (env "+s.env+"_FILE)")
		}
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("%w: unexpected argument %q", ErrUsage, fs.Arg(0))
	}
	path := getenv("FATOORA_HQ_CONFIG")
	if configFlag.set {
		path = configFlag.vals[len(configFlag.vals)-1]
	}
	file := map[string]string{}
	if path != "" {
		var err error
		if file, err = readFile(path, sets); err != nil {
			return o, err
		}
		o.ConfigFile = path
	}
	var errs []error
	for _, s := range sets {
		var val string
		var vals []string
		found := false
		fromFile := func(p string) {
			data, err := os.ReadFile(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s_FILE: %w", s.env, err))
				return
			}
			val, found = strings.TrimRight(string(data), "\r\n"), true
			vals = nil
		}
		if v, ok := file[s.env]; ok {
			val, found = v, true
		}
		if p, ok := file[s.env+"_FILE"]; ok {
			fromFile(p)
		}
		if v := getenv(s.env); v != "" {
			val, found, vals = v, true, nil
		}
		if p := getenv(s.env + "_FILE"); p != "" && s.secret {
			fromFile(p)
		}
		if f := flags[s.env]; f.set {
			found, vals = true, f.vals
			val = f.vals[len(f.vals)-1]
		}
		if f := flags[s.env+"_FILE"]; f != nil && f.set {
			fromFile(f.vals[len(f.vals)-1])
		}
		if !found {
			continue
		}
		if s.ptr != nil {
			*s.ptr = strings.TrimSpace(val)
			continue
		}
		if vals == nil {
			vals = strings.FieldsFunc(val, func(r rune) bool { return r == ',' || r == '\n' })
		}
		*s.list = nil
		for _, v := range vals {
			if v = strings.TrimSpace(v); v != "" && !strings.HasPrefix(v, "#") {
				*s.list = append(*s.list, v)
			}
		}
	}
	return o, errors.Join(errs...)
}

// readFile reads the --config file (appliance/config's format).
func readFile(path string, sets []setting) (map[string]string, error) {
	known := map[string]bool{}
	for _, f := range sets {
		known[f.env] = true
		if f.secret {
			known[f.env+"_FILE"] = true
		}
	}
	return config.ReadFile(path, known)
}

// boxes parses the ID=KEY entries.
func (o Options) boxes() (map[string][]byte, error) {
	out := map[string][]byte{}
	var errs []error
	for _, b := range o.Boxes {
		id, key, ok := strings.Cut(b, "=")
		id, key = strings.TrimSpace(id), strings.TrimSpace(key)
		switch {
		case !ok || id == "" || key == "":
			errs = append(errs, fmt.Errorf("FATOORA_HQ_BOXES: %q is not ID=KEY", redact(b)))
		case strings.Contains(id, "/"):
			errs = append(errs, fmt.Errorf("FATOORA_HQ_BOXES: box id %q must not contain '/'", id))
		case out[id] != nil:
			errs = append(errs, fmt.Errorf("FATOORA_HQ_BOXES: box %q given twice", id))
		default:
			out[id] = []byte(key)
		}
	}
	return out, errors.Join(errs...)
}

func redact(s string) string {
	if id, _, ok := strings.Cut(s, "="); ok {
		return id + "=…"
	}
	return "…"
}

// openStore opens PostgreSQL when o.DB is set, else the bbolt file.
func openStore(ctx context.Context, o Options) (hq.Store, string, error) {
	if o.DB != "" {
		if !strings.HasPrefix(o.DB, "postgres://") && !strings.HasPrefix(o.DB, "postgresql://") {
			return nil, "", errors.New("FATOORA_HQ_DB: want a postgres:// URL")
		}
		s, err := hqpg.Open(ctx, o.DB)
		if err != nil {
			return nil, "", fmt.Errorf("open database: %w", err)
		}
		return s, "postgres", nil
	}
	if strings.TrimSpace(o.Data) == "" {
		return nil, "", errors.New("FATOORA_HQ_DATA: must not be empty")
	}
	if err := os.MkdirAll(o.Data, 0o700); err != nil {
		return nil, "", fmt.Errorf("data directory: %w", err)
	}
	s, err := hqbolt.Open(filepath.Join(o.Data, hqbolt.File), hqbolt.Options{})
	if err != nil {
		return nil, "", err
	}
	return s, "bbolt", nil
}

func newFlagSet(name, summary string, stdio IO) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdio.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(stdio.Stderr, "Usage: fatoora-hq %s [options]\n%s\n\nOptions:\n", name, summary)
		fs.PrintDefaults()
	}
	return fs
}

func runServe(ctx context.Context, args []string, stdio IO) error {
	fs := newFlagSet("serve", "Run head office. Every option is also an environment variable (shown) and a\nKEY=VALUE line in the --config file; precedence flag > env > file > default.", stdio)
	o, err := load(fs, args, stdio.Getenv)
	if err != nil {
		return err
	}
	boxes, err := o.boxes()
	if err != nil {
		return err
	}
	if len(boxes) == 0 {
		return errors.New("no box configured: add --box ID=KEY (or FATOORA_HQ_BOXES) for every branch")
	}
	if _, _, err := net.SplitHostPort(o.Listen); err != nil {
		return fmt.Errorf("FATOORA_HQ_LISTEN: %q is not host:port", o.Listen)
	}
	logger := slog.New(slog.NewTextHandler(stdio.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	for _, old := range []string{"FATOORA_HQ_ADMIN_PASSWORD_FILE", "FATOORA_HQ_ADMIN_USER"} {
		if stdio.Getenv(old) != "" {
			return fmt.Errorf("%s is gone: the page now logs in with accounts (the setup code in the log, then fatoora-hq user add); unset it", old)
		}
	}
	secureCookie, err := strconv.ParseBool(o.SecureCookie)
	if err != nil {
		return fmt.Errorf("FATOORA_HQ_SECURE_COOKIE: %q is not true or false", o.SecureCookie)
	}
	acc, closeAcc, err := openAccess(o.Data, logger)
	if err != nil {
		return err
	}
	defer closeAcc()
	// Ended sessions are refused at once; this reclaims their space.
	sweepCtx, stopSweep := context.WithCancel(ctx)
	swept := make(chan struct{})
	go func() { defer close(swept); _ = acc.SweepService(time.Hour)(sweepCtx) }()
	defer func() { stopSweep(); <-swept }() // before the accounts' file closes
	st, kind, err := openStore(ctx, o)
	if err != nil {
		return err
	}
	defer st.Close()
	rv, err := hq.NewReceiver(hq.ReceiverOptions{Store: st, Boxes: boxes, Logger: logger, Failpoint: stdio.Getenv("FATOORA_HQ_FAILPOINT")})
	if err != nil {
		return err
	}
	sopts := hq.ServerOptions{Store: st, Receiver: rv, Access: acc, SecureCookie: secureCookie, Logger: logger}
	if o.OdooURL != "" {
		tax := 0
		if o.OdooTaxID != "" {
			if tax, err = strconv.Atoi(o.OdooTaxID); err != nil || tax <= 0 {
				return fmt.Errorf("FATOORA_HQ_ODOO_TAX_ID: %q is not an id", o.OdooTaxID)
			}
		}
		oc, err := odoo.New(odoo.Options{URL: o.OdooURL, DB: o.OdooDB, User: o.OdooUser, Password: o.OdooPassword, TaxID: tax})
		if err != nil {
			return err
		}
		pusher, err := connector.NewPusher(connector.PusherOptions{Store: st, Connector: oc, Logger: logger})
		if err != nil {
			return err
		}
		pctx, pcancel := context.WithCancel(ctx)
		pdone := make(chan struct{})
		go func() { defer close(pdone); _ = pusher.Serve(pctx) }()
		defer func() { pcancel(); <-pdone }() // before the store closes
		sopts.Connector = func() any { return pusher.State() }
	}
	srv, err := hq.NewServer(sopts)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", o.Listen, err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      5 * time.Minute, // a large export
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	ids := make([]string, 0, len(boxes))
	for id := range boxes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	logger.Info("listening", "addr", ln.Addr().String(), "store", kind, "boxes", strings.Join(ids, ","))
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
	}
	logger.Info("stopped")
	return nil
}

func runExport(ctx context.Context, args []string, stdio IO) error {
	fs := newFlagSet("export", "Write one row per invoice and credit note, with a header row, to standard output.\nWith the bbolt store, stop `serve` first (or use the page's download): one process owns the file.", stdio)
	format := fs.String("format", "csv", "csv or xlsx")
	box := fs.String("box-id", "", "only this box")
	from := fs.String("from", "", "issued on or after this day (YYYY-MM-DD, UTC)")
	to := fs.String("to", "", "issued on or before this day (YYYY-MM-DD, UTC)")
	o, err := load(fs, args, stdio.Getenv)
	if err != nil {
		return err
	}
	if *format != "csv" && *format != "xlsx" {
		return fmt.Errorf("%w: --format %q: want csv or xlsx", ErrUsage, *format)
	}
	q := hq.Query{BoxID: *box}
	for _, d := range []struct {
		name, v string
		dst     *time.Time
	}{{"from", *from, &q.From}, {"to", *to, &q.To}} {
		if d.v == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.v)
		if err != nil {
			return fmt.Errorf("%w: --%s %q is not a date like 2026-12-01", ErrUsage, d.name, d.v)
		}
		*d.dst = t
	}
	if !q.To.IsZero() {
		q.To = q.To.AddDate(0, 0, 1)
	}
	st, _, err := openStore(ctx, o)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := hq.Documents(ctx, st, q)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(stdio.Stdout)
	if *format == "xlsx" {
		err = hq.WriteXLSX(bw, docs)
	} else {
		err = hq.WriteCSV(bw, docs)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return bw.Flush()
}

// AccessFile is the page's accounts and sessions inside the data directory.
const AccessFile = "access.db"

// openAccess opens <data>/access.db (one process owns it: a second one
// fails at once) and the account store in it.
func openAccess(data string, logger *slog.Logger) (*access.Store, func(), error) {
	if strings.TrimSpace(data) == "" {
		return nil, nil, errors.New("FATOORA_HQ_DATA: must not be empty")
	}
	if err := os.MkdirAll(data, 0o700); err != nil {
		return nil, nil, fmt.Errorf("data directory: %w", err)
	}
	path := filepath.Join(data, AccessFile)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, nil, fmt.Errorf("%s is in use by another process: stop fatoora-hq serve first, "+
			"and give each fatoora-hq process its own --data (with --db they share the documents, not the logins)", path)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %w", path, err)
	}
	acc, err := access.Open(db, access.Options{Logger: logger})
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return acc, func() { db.Close() }, nil
}

// runUser is `fatoora-hq user add`: an account of the page, created at the
// console with serve stopped (the file lock keeps a running serve out), as
// an owner would on the box's Team page. The password is read on standard
// input (hidden on a terminal).
func runUser(ctx context.Context, args []string, stdio IO) error {
	if len(args) == 0 || args[0] != "add" {
		return fmt.Errorf("%w: fatoora-hq user add [--role accountant|owner] [--name NAME] USERNAME", ErrUsage)
	}
	fs := newFlagSet("user add", "Create an account of the page (serve stopped). The password is read on standard input.\nThe first owner can also be made on the /setup page with the code serve logs.", stdio)
	role := fs.String("role", "accountant", "accountant (the page and the exports) or owner")
	name := fs.String("name", "", "the person's name as the page shows it (default: the username)")
	data := fs.String("data", "", "data directory (env FATOORA_HQ_DATA; default ./fatoora-hq-data)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: user add wants one USERNAME", ErrUsage)
	}
	dir := *data
	if dir == "" {
		dir = stdio.Getenv("FATOORA_HQ_DATA")
	}
	if dir == "" {
		dir = "./fatoora-hq-data"
	}
	r, err := access.ParseRole(*role)
	if err != nil || r == access.RoleStaff {
		return fmt.Errorf("%w: --role %q: accountant or owner", ErrUsage, *role)
	}
	username := fs.Arg(0)
	if *name == "" {
		*name = username
	}
	pw, err := readPassword(stdio)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stdio.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	acc, closeAcc, err := openAccess(dir, logger)
	if err != nil {
		return err
	}
	defer closeAcc()
	// The console acts as an owner: whoever holds the data directory owns
	// head office (as access.RecoverOwner's console does).
	console := access.Actor{User: access.User{Role: access.RoleOwner}, Addr: "console"}
	u, err := acc.CreateUser(ctx, console, access.NewUser{Username: username, Name: *name, Role: r, Password: pw})
	if err != nil {
		var ie *access.InputError
		if errors.As(err, &ie) {
			return fmt.Errorf("%w: %s", ErrUsage, ie.Error())
		}
		return err
	}
	fmt.Fprintf(stdio.Stdout, "created %s (%s)\n", u.Username, u.Role)
	return nil
}

func readPassword(stdio IO) (string, error) {
	if f, ok := stdio.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stdio.Stderr, "password: ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stdio.Stderr)
		return string(b), err
	}
	line, err := bufio.NewReader(stdio.Stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
