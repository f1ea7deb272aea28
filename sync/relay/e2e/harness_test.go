package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"fatoora/appliance/whatsapp/graphsim"
)

const (
	appSecret = "e2e-relay-app-secret"
	numA      = "106540352242922"
	numB      = "106540352242933"
	tokA      = "box-a-link-token-0123456789"
	tokB      = "box-b-link-token-0123456789"
	metaToken = "e2e-meta-access-token"
)

var bins string // directory holding the built binaries

func TestMain(m *testing.M) {
	flagShort := false
	for _, a := range os.Args {
		if a == "-test.short=true" || a == "-test.short" {
			flagShort = true
		}
	}
	if flagShort {
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "fatoora-relay-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, pkg := range []string{"fatoora/cmd/fatoora", "fatoora/cmd/fatoora-relay"} {
		out, err := exec.Command("go", "build", "-o", dir, pkg).CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "build %s: %v\n%s", pkg, err, out)
			os.RemoveAll(dir)
			os.Exit(1)
		}
	}
	bins = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var listening = regexp.MustCompile(`msg=listening addr=(\S+)`)

// proc is a running binary.
type proc struct {
	cmd    *exec.Cmd
	addr   string
	mu     sync.Mutex
	out    bytes.Buffer
	exited chan error
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func start(t *testing.T, bin string, args, env []string) *proc {
	t.Helper()
	cmd := exec.Command(filepath.Join(bins, bin), args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	pr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, exited: make(chan error, 1)}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.out.WriteString(line + "\n")
			p.mu.Unlock()
			if m := listening.FindStringSubmatch(line); m != nil {
				select {
				case addrc <- m[1]:
				default:
				}
			}
		}
		p.exited <- cmd.Wait()
	}()
	select {
	case p.addr = <-addrc:
	case err := <-p.exited:
		t.Fatalf("%s exited before listening (%v):\n%s", bin, err, p.log())
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s did not start:\n%s", bin, p.log())
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return p
}

func (p *proc) kill(t *testing.T) {
	t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	select {
	case <-p.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("not gone 30 s after SIGKILL:\n%s", p.log())
	}
}

func (p *proc) stop(t *testing.T) {
	t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("did not stop on SIGTERM:\n%s", p.log())
	}
}

// freePort reserves a loopback port for a process that must keep its
// address across restarts.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func startRelay(t *testing.T, addr, data string, extra ...string) *proc {
	t.Helper()
	args := append([]string{"serve", "--listen", addr, "--data", data, "--box", numA + "=" + tokA, "--box", numB + "=" + tokB}, extra...)
	return start(t, "fatoora-relay", args, []string{"FATOORA_WA_APP_SECRET=" + appSecret, "FATOORA_WA_VERIFY_TOKEN=e2e-verify"})
}

// startBox runs a complete live box on the relay. The first start of a
// data directory imports the demo showroom as the shop's catalog, as a
// technician would with `fatoora catalog import` (a live box never imports
// the demo by itself).
func startBox(t *testing.T, data, relayURL, token string, extra ...string) *proc {
	t.Helper()
	if _, err := os.Stat(filepath.Join(data, "fatoora.db")); errors.Is(err, os.ErrNotExist) {
		demo := filepath.Join("..", "..", "..", "catalog", "demo")
		cmd := exec.Command(filepath.Join(bins, "fatoora"), "catalog", "import", "--data", data, "--listen", "127.0.0.1:1",
			"--synonyms", filepath.Join(demo, "synonyms.txt"), filepath.Join(demo, "catalog.csv"))
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("fatoora catalog import: %v\n%s", err, out)
		}
	}
	env := append([]string{"FATOORA_DATA=" + data, "FATOORA_LISTEN=127.0.0.1:0", "FATOORA_WA_APP_SECRET=" + appSecret,
		"FATOORA_RELAY_URL=" + relayURL, "FATOORA_RELAY_TOKEN=" + token, "FATOORA_WA_VERIFY_TOKEN=e2e-verify",
		"FATOORA_SHOP_NAME=معرض النيل للأثاث", "FATOORA_SHOP_ADDRESS=٥ شارع التحرير، الدقي", "FATOORA_SHOP_TAX_ID=312-456-789"}, extra...)
	return start(t, "fatoora", []string{"serve"}, env)
}

// graph is Meta's Graph API for box A's number.
type graph struct {
	*graphsim.Server
	url string
}

func newGraph(t *testing.T) graph {
	t.Helper()
	g, err := graphsim.New(graphsim.Options{Token: metaToken, PhoneNumberID: numA})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g)
	t.Cleanup(func() { srv.Close(); g.Close() })
	return graph{g, g.GraphURL(srv.URL)}
}

// directGraph: the box holds the access token and calls Graph itself.
func (g graph) directEnv() []string {
	return []string{"FATOORA_WA_TOKEN=" + metaToken, "FATOORA_WA_PHONE_NUMBER_ID=" + numA, "FATOORA_GRAPH_URL=" + g.url}
}

// inbound is one customer message as Meta would post it.
type inbound struct {
	number, from, wamid, text string
}

func (m inbound) body() []byte {
	return graphsim.MetaJSON(graphsim.NewWebhook("WABA1", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: m.number},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "عميل " + m.from[len(m.from)-2:]}, WaID: m.from}},
		Messages: []graphsim.Inbound{{From: m.from, ID: m.wamid, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: m.text}}},
	}))
}

// postOnce posts a signed webhook and returns the status (0: no answer).
func postOnce(url string, body []byte, sig string) int {
	req, _ := http.NewRequest(http.MethodPost, url+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", sig)
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// deliver posts like Meta: again and again until the relay answers 200.
func deliver(t *testing.T, url string, m inbound) {
	body := m.body()
	sig := graphsim.Sign(appSecret, body)
	deadline := time.Now().Add(30 * time.Second)
	for postOnce(url, body, sig) != 200 {
		if time.Now().After(deadline) {
			t.Errorf("relay never accepted %s", m.wamid)
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// health reads a /healthz body into v.
func health(t *testing.T, addr string, v any) {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

type boxHealth struct {
	Parts map[string]struct {
		Status  string         `json:"status"`
		Message string         `json:"message"`
		Details map[string]any `json:"details"`
	} `json:"parts"`
}

func (h boxHealth) num(part, key string) int {
	f, _ := h.Parts[part].Details[key].(float64)
	return int(f)
}

type relayHealth struct {
	Status   string           `json:"status"`
	Webhooks map[string]int64 `json:"webhooks"`
	Boxes    map[string]struct {
		Link      string `json:"link"`
		Backlog   int    `json:"backlog"`
		Delivered int64  `json:"delivered"`
		Rejected  int64  `json:"rejected"`
	} `json:"boxes"`
}

func waitUntil(t *testing.T, what string, d time.Duration, cond func() bool, logs ...*proc) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			var b strings.Builder
			for _, p := range logs {
				b.WriteString("----\n" + tail(p.log(), 40))
			}
			t.Fatalf("timed out waiting for %s\n%s", what, b.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// proxy is a TCP proxy on the link that the test can cut: with cut set,
// the next chunk of webhook size from the relay is forwarded only in part
// and both sides are closed, so a webhook frame is cut in the middle.
type proxy struct {
	ln     net.Listener
	target atomic.Value // string
	cut    atomic.Bool
	cuts   atomic.Int64
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	p.target.Store(target)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.serve(c)
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return p
}

func (p *proxy) url() string { return "ws://" + p.ln.Addr().String() }

func (p *proxy) serve(box net.Conn) {
	relay, err := net.Dial("tcp", p.target.Load().(string))
	if err != nil {
		box.Close()
		return
	}
	closeBoth := func() { box.Close(); relay.Close() }
	go func() { _, _ = io.Copy(relay, box); closeBoth() }()
	buf := make([]byte, 32<<10)
	for {
		n, err := relay.Read(buf)
		if n > 0 {
			// Cut only inside something the size of a webhook frame, not
			// a ping.
			if n > 256 && p.cut.CompareAndSwap(true, false) {
				_, _ = box.Write(buf[:max(1, n/2)])
				p.cuts.Add(1)
				closeBoth()
				return
			}
			if _, err := box.Write(buf[:n]); err != nil {
				closeBoth()
				return
			}
		}
		if err != nil {
			closeBoth()
			return
		}
	}
}
