// Package pgtest starts a real, throw-away PostgreSQL server for tests from
// Debian's postgresql package (initdb and pg_ctl under
// /usr/lib/postgresql/*/bin, or the directory in FATOORA_TEST_PG_BIN), in
// a temporary directory, listening on loopback only. Run as root, the
// server runs as the postgres user (initdb refuses root).
//
// Tests share one server per test binary (Start in TestMain) and each
// takes its own database (NewDB). The server runs without fsync unless
// FATOORA_TEST_PG_FSYNC=on (for benchmarks).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoPostgres means the binaries are not installed: tests skip.
var ErrNoPostgres = errors.New("PostgreSQL binaries not found (install Debian's postgresql package, or set FATOORA_TEST_PG_BIN)")

// Server is a running test server.
type Server struct {
	bin, dir, data string
	port           int
	cred           *syscall.Credential
}

// BinDir finds initdb and pg_ctl.
func BinDir() (string, error) {
	if d := os.Getenv("FATOORA_TEST_PG_BIN"); d != "" {
		return d, nil
	}
	ms, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(ms) == 0 {
		if p, err := exec.LookPath("initdb"); err == nil {
			return filepath.Dir(p), nil
		}
		return "", ErrNoPostgres
	}
	sort.Strings(ms)
	return filepath.Dir(ms[len(ms)-1]), nil
}

// Start initialises and starts a server. Stop it with Stop.
func Start() (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "fatoora-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin, dir: dir, data: filepath.Join(dir, "data")}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root needs the postgres user: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if out, err := s.run("initdb", "-D", s.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-locale"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	for attempt := 0; ; attempt++ {
		s.port, err = freePort()
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		opts := fmt.Sprintf("-k %s -p %d -h 127.0.0.1 -c max_connections=200", dir, s.port)
		if os.Getenv("FATOORA_TEST_PG_FSYNC") != "on" {
			opts += " -F" // tests need no durability; benchmarks set FATOORA_TEST_PG_FSYNC=on
		}
		out, err := s.run("pg_ctl", "-D", s.data, "-o", opts, "-w", "-t", "60", "-l", filepath.Join(dir, "log"), "start")
		if err == nil {
			break
		}
		if attempt == 2 {
			log, _ := os.ReadFile(filepath.Join(dir, "log"))
			os.RemoveAll(dir)
			return nil, fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
		}
	}
	return s, nil
}

func (s *Server) run(name string, args ...string) ([]byte, error) {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	return cmd.CombinedOutput()
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// URL is the connection URL of database db.
func (s *Server) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// NewDB creates an empty database for one test and returns its URL.
func (s *Server) NewDB(tb testing.TB) string {
	tb.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatal(err)
	}
	return s.URL(name)
}

// Stop stops the server at once and removes its directory.
func (s *Server) Stop() {
	_, _ = s.run("pg_ctl", "-D", s.data, "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.dir)
}

// Main is a TestMain helper: it starts the server (nil when the binaries
// are absent), runs the tests and stops it.
func Main(m *testing.M, srv **Server) {
	s, err := Start()
	switch {
	case errors.Is(err, ErrNoPostgres):
		fmt.Fprintln(os.Stderr, "pgtest:", err, "— PostgreSQL tests skip")
	case err != nil:
		fmt.Fprintln(os.Stderr, "pgtest: start PostgreSQL:", err)
		os.Exit(1)
	}
	*srv = s
	code := m.Run()
	if s != nil {
		s.Stop()
	}
	os.Exit(code)
}

// Need skips the test when there is no server.
func Need(tb testing.TB, s *Server) {
	tb.Helper()
	if s == nil {
		tb.Skip(ErrNoPostgres.Error())
	}
}
