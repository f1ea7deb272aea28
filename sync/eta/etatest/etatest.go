// Package etatest is a loopback stand-in for ETA's identity service and
// receipt submission API, for tests only (release binaries never import
// it). It speaks ETA's wire format: OAuth client credentials with the POS
// headers, POST /api/v1/receiptsubmissions with partial acceptance. It
// recomputes every receipt's UUID from the bytes received (with its own
// serialiser, not the box's), checks each POS's chain and ETA's
// calculation rules, and accepts or rejects each receipt. Faults: down
// (connections dropped), 429 with Retry-After, 5xx, and a rejection hook.
package etatest

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Options configure the stand-in.
type Options struct {
	ClientID, ClientSecret string
	// TokenTTL is the access token's lifetime; default 1h.
	TokenTTL time.Duration
	// Now is the server's clock; default time.Now.
	Now func() time.Time
	// MaxReceipts refuses (400) a submission with more receipts; default
	// MaxBatch. Lower it to see a client split a refused batch.
	MaxReceipts int
}

// Error is ETA's error object for a rejected receipt.
type Error struct {
	Code    string   `json:"code"`
	Message string   `json:"message"`
	Target  string   `json:"target,omitempty"`
	Details []Detail `json:"details,omitempty"`
}

// Detail is one problem in an Error.
type Detail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Target  string `json:"target,omitempty"`
}

// Server is the stand-in. Its URL serves both the identity service
// (/connect/token) and the API (/api/v1/...).
type Server struct {
	URL string
	srv *httptest.Server
	o   Options

	mu          sync.Mutex
	tokens      map[string]time.Time
	tokenCalls  int
	down        bool
	tooMany     int
	retryAfter  string
	unavailable int
	reject      func(uuid string, receipt map[string]any) *Error
	last        map[string]string // POS serial → uuid of its last receipt received
	seen        map[string]int    // uuid → times submitted
	accepted    []string          // in order of acceptance
	acceptedSet map[string]string // uuid → longId
	rejected    map[string]Error
	subs        int
	batchSizes  []int
}

// New starts the stand-in on loopback.
func New(o Options) *Server {
	if o.TokenTTL == 0 {
		o.TokenTTL = time.Hour
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxReceipts == 0 {
		o.MaxReceipts = MaxBatch
	}
	s := &Server{o: o, tokens: map[string]time.Time{}, last: map[string]string{}, seen: map[string]int{},
		acceptedSet: map[string]string{}, rejected: map[string]Error{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /connect/token", s.token)
	mux.HandleFunc("POST /api/v1/receiptsubmissions", s.submit)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// SetDown makes every request fail at the connection (the internet is out).
func (s *Server) SetDown(down bool) { s.mu.Lock(); s.down = down; s.mu.Unlock() }

// TooMany answers the next n submissions with 429 and Retry-After.
func (s *Server) TooMany(n int, retryAfter string) {
	s.mu.Lock()
	s.tooMany, s.retryAfter = n, retryAfter
	s.mu.Unlock()
}

// Unavailable answers the next n submissions with 503.
func (s *Server) Unavailable(n int) { s.mu.Lock(); s.unavailable = n; s.mu.Unlock() }

// RejectIf rejects the receipts for which f returns an error.
func (s *Server) RejectIf(f func(uuid string, receipt map[string]any) *Error) {
	s.mu.Lock()
	s.reject = f
	s.mu.Unlock()
}

// Accepted lists accepted uuids in order of acceptance.
func (s *Server) Accepted() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.accepted...)
}

// Rejected returns the rejected uuids with their errors.
func (s *Server) Rejected() map[string]Error {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]Error{}
	for k, v := range s.rejected {
		out[k] = v
	}
	return out
}

// Submitted is how many times a uuid reached the API's checks.
func (s *Server) Submitted(uuid string) int { s.mu.Lock(); defer s.mu.Unlock(); return s.seen[uuid] }

// TokenCalls is how many tokens were asked for.
func (s *Server) TokenCalls() int { s.mu.Lock(); defer s.mu.Unlock(); return s.tokenCalls }

// BatchSizes are the receipt counts of the submissions processed.
func (s *Server) BatchSizes() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.batchSizes...)
}

func (s *Server) hangUp(w http.ResponseWriter) bool {
	s.mu.Lock()
	down := s.down
	s.mu.Unlock()
	if !down {
		return false
	}
	if hj, ok := w.(http.Hijacker); ok {
		if c, _, err := hj.Hijack(); err == nil {
			c.Close()
			return true
		}
	}
	w.WriteHeader(http.StatusBadGateway)
	return true
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	if s.hangUp(w) {
		return
	}
	if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" ||
		r.PostForm.Get("client_id") != s.o.ClientID || r.PostForm.Get("client_secret") != s.o.ClientSecret {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid_client"})
		return
	}
	for _, h := range []string{"posserial", "pososversion", "posmodelframework"} {
		if r.Header.Get(h) == "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "invalid_request", "error_description": "missing header " + h})
			return
		}
	}
	var b [16]byte
	rand.Read(b[:])
	tok := hex.EncodeToString(b[:])
	s.mu.Lock()
	s.tokens[tok] = s.o.Now().Add(s.o.TokenTTL)
	s.tokenCalls++
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"access_token": tok, "expires_in": int(s.o.TokenTTL / time.Second), "token_type": "Bearer", "scope": "InvoicingAPI"})
}

// MaxBatch and MaxBatchBytes are the submission limits enforced.
const (
	MaxBatch      = 500
	MaxBatchBytes = 1536 * 1024
)

type accepted struct {
	UUID          string `json:"uuid"`
	LongID        string `json:"longId"`
	ReceiptNumber string `json:"receiptNumber"`
}

type rejected struct {
	ReceiptNumber string `json:"receiptNumber"`
	UUID          string `json:"uuid"`
	Error         Error  `json:"error"`
}

func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	if s.hangUp(w) {
		return
	}
	s.mu.Lock()
	exp, ok := s.tokens[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
	if !ok || !s.o.Now().Before(exp) {
		s.mu.Unlock()
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if s.tooMany > 0 {
		s.tooMany--
		ra := s.retryAfter
		s.mu.Unlock()
		w.Header().Set("Retry-After", ra)
		writeJSON(w, http.StatusTooManyRequests, Error{Code: "TooManyRequests", Message: "rate limit"})
		return
	}
	if s.unavailable > 0 {
		s.unavailable--
		s.mu.Unlock()
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	s.mu.Unlock()
	raw, err := io.ReadAll(io.LimitReader(r.Body, MaxBatchBytes+64<<10))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var body struct {
		Receipts   []json.RawMessage `json:"receipts"`
		Signatures []struct {
			SignatureType string `json:"signatureType"`
			Value         string `json:"value"`
		} `json:"signatures"`
	}
	if err := json.Unmarshal(raw, &body); err != nil || len(body.Receipts) == 0 {
		writeJSON(w, http.StatusBadRequest, Error{Code: "BadStructure", Message: fmt.Sprintf("submission is not {receipts, signatures}: %v", err)})
		return
	}
	if len(raw) > MaxBatchBytes || len(body.Receipts) > s.o.MaxReceipts {
		writeJSON(w, http.StatusBadRequest, Error{Code: "MaximumSizeExceeded", Message: fmt.Sprintf("%d receipts, %d bytes", len(body.Receipts), len(raw))})
		return
	}
	if len(body.Signatures) != 1 || body.Signatures[0].SignatureType != "I" {
		writeJSON(w, http.StatusBadRequest, Error{Code: "BadSignature", Message: `want one signature of type "I"`})
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.subs++
	s.batchSizes = append(s.batchSizes, len(body.Receipts))
	resp := struct {
		SubmissionID      string     `json:"submissionId"`
		AcceptedDocuments []accepted `json:"acceptedDocuments"`
		RejectedDocuments []rejected `json:"rejectedDocuments"`
	}{SubmissionID: fmt.Sprintf("SUB%06d", s.subs), AcceptedDocuments: []accepted{}, RejectedDocuments: []rejected{}}
	for _, rc := range body.Receipts {
		uuid, number, e := s.check(rc)
		if e != nil {
			s.rejected[uuid] = *e
			resp.RejectedDocuments = append(resp.RejectedDocuments, rejected{ReceiptNumber: number, UUID: uuid, Error: *e})
			continue
		}
		long, ok := s.acceptedSet[uuid]
		if !ok {
			long = fmt.Sprintf("LONG-%s", uuid[:16])
			s.acceptedSet[uuid] = long
			s.accepted = append(s.accepted, uuid)
		}
		resp.AcceptedDocuments = append(resp.AcceptedDocuments, accepted{UUID: uuid, LongID: long, ReceiptNumber: number})
	}
	writeJSON(w, http.StatusAccepted, resp)
}

// check validates one receipt; s.mu is held.
func (s *Server) check(raw json.RawMessage) (uuid, number string, _ *Error) {
	var rc map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&rc); err != nil {
		return "", "", &Error{Code: "BadStructure", Message: err.Error()}
	}
	header, _ := rc["header"].(map[string]any)
	uuid, _ = header["uuid"].(string)
	number, _ = header["receiptNumber"].(string)
	seller, _ := rc["seller"].(map[string]any)
	pos, _ := seller["deviceSerialNumber"].(string)
	if s.acceptedSet[uuid] != "" {
		s.seen[uuid]++
		return uuid, number, nil // a duplicate of an accepted receipt: idempotent
	}
	s.seen[uuid]++
	bad := func(code, target, format string, args ...any) *Error {
		return &Error{Code: "ValidationError", Message: "receipt is invalid", Details: []Detail{{Code: code, Target: target, Message: fmt.Sprintf(format, args...)}}}
	}
	want, err := computeUUID(raw)
	if err != nil {
		return uuid, number, bad("BadStructure", "receipt", "%v", err)
	}
	if want != uuid {
		return uuid, number, bad("UuidMismatch", "header.uuid", "uuid %s, computed %s", uuid, want)
	}
	// The chain: a POS's receipts arrive in the order they were issued.
	prev, _ := header["previousUUID"].(string)
	if prev != s.last[pos] {
		return uuid, number, bad("PreviousUuidMismatch", "header.previousUUID", "previousUUID %q, the POS's last receipt is %q", prev, s.last[pos])
	}
	s.last[pos] = uuid
	if e := rules(rc, s.o.Now()); e != nil {
		return uuid, number, bad(e.code, e.target, "%s", e.msg)
	}
	if dt, _ := rc["documentType"].(map[string]any); dt["receiptType"] == "r" {
		ref, _ := header["referenceUUID"].(string)
		if s.acceptedSet[ref] == "" {
			return uuid, number, bad("ReferenceNotAccepted", "header.referenceUUID", "the sale %q is not accepted", ref)
		}
	}
	if s.reject != nil {
		if e := s.reject(uuid, rc); e != nil {
			return uuid, number, e
		}
	}
	return uuid, number, nil
}

// computeUUID is ETA's serialisation written afresh: object keys upper
// case and quoted, array key once then before each element, scalars
// quoted as written; header.uuid as "".
func computeUUID(raw []byte) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out strings.Builder
	var walk func(path string) error
	walk = func(path string) error { // after '{'
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return err
			}
			key := `"` + strings.ToUpper(k.(string)) + `"`
			out.WriteString(key)
			t, err := dec.Token()
			if err != nil {
				return err
			}
			if d, ok := t.(json.Delim); ok && d == '[' {
				for dec.More() {
					out.WriteString(key)
					t, err := dec.Token()
					if err != nil {
						return err
					}
					if err := scalarOrObject(t, &out, walk, path+"."+k.(string)); err != nil {
						return err
					}
				}
				dec.Token()
				continue
			}
			if path+"."+k.(string) == ".header.uuid" {
				out.WriteString(`""`)
				continue
			}
			if err := scalarOrObject(t, &out, walk, path+"."+k.(string)); err != nil {
				return err
			}
		}
		_, err := dec.Token()
		return err
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", fmt.Errorf("not an object")
	}
	if err := walk(""); err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(out.String()))
	return hex.EncodeToString(sum[:]), nil
}

func scalarOrObject(t json.Token, out *strings.Builder, walk func(string) error, path string) error {
	switch v := t.(type) {
	case json.Delim:
		if v == '{' {
			return walk(path)
		}
		return fmt.Errorf("%s: unexpected %v", path, v)
	case string:
		out.WriteString(`"` + v + `"`)
	case json.Number:
		out.WriteString(`"` + string(v) + `"`)
	default:
		return fmt.Errorf("%s: unexpected %v", path, v)
	}
	return nil
}

type ruleErr struct{ code, target, msg string }

// rules checks ETA's calculation rules with exact decimals.
func rules(rc map[string]any, now time.Time) *ruleErr {
	fail := func(target, format string, args ...any) *ruleErr {
		return &ruleErr{"CalculationError", target, fmt.Sprintf(format, args...)}
	}
	num := func(v any, target string) (*big.Rat, *ruleErr) {
		n, ok := v.(json.Number)
		if !ok {
			return nil, fail(target, "not a number: %v", v)
		}
		if _, frac, _ := strings.Cut(string(n), "."); len(frac) > 5 {
			return nil, fail(target, "%s has more than 5 decimals", n)
		}
		r, ok := new(big.Rat).SetString(string(n))
		if !ok {
			return nil, fail(target, "bad number %s", n)
		}
		return r, nil
	}
	header, _ := rc["header"].(map[string]any)
	ts, _ := header["dateTimeIssued"].(string)
	at, err := time.Parse("2006-01-02T15:04:05Z", ts)
	if err != nil {
		return fail("header.dateTimeIssued", "%q is not UTC YYYY-MM-DDTHH:MM:SSZ", ts)
	}
	if at.After(now.Add(time.Minute)) {
		return fail("header.dateTimeIssued", "%s is in the future", ts)
	}
	if dt, _ := rc["documentType"].(map[string]any); dt["typeVersion"] != "1.2" {
		return fail("documentType.typeVersion", "want 1.2")
	}
	seller, _ := rc["seller"].(map[string]any)
	if rin, _ := seller["rin"].(string); len(rin) != 9 {
		return fail("seller.rin", "want 9 digits")
	}
	zero := new(big.Rat)
	sum := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Add(a, b) }
	sub := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Sub(a, b) }
	mul := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Mul(a, b) }
	var sales, commercial, net, itemDisc = zero, zero, zero, zero
	taxes := map[string]*big.Rat{}
	items, _ := rc["itemData"].([]any)
	if len(items) == 0 {
		return fail("itemData", "no items")
	}
	half := big.NewRat(1, 200) // rounding to the piaster
	for i, it := range items {
		m, _ := it.(map[string]any)
		t := func(f string) string { return fmt.Sprintf("itemData[%d].%s", i, f) }
		q, e := num(m["quantity"], t("quantity"))
		if e != nil {
			return e
		}
		up, e := num(m["unitPrice"], t("unitPrice"))
		if e != nil {
			return e
		}
		ts, e := num(m["totalSale"], t("totalSale"))
		if e != nil {
			return e
		}
		if mul(q, up).Cmp(ts) != 0 {
			return fail(t("totalSale"), "%s ≠ quantity × unitPrice", ts.FloatString(5))
		}
		var cd, idisc = zero, zero
		for j, d := range asList(m["commercialDiscountData"]) {
			a, e := num(d.(map[string]any)["amount"], fmt.Sprintf("%s[%d].amount", t("commercialDiscountData"), j))
			if e != nil {
				return e
			}
			cd = sum(cd, a)
		}
		for j, d := range asList(m["itemDiscountData"]) {
			a, e := num(d.(map[string]any)["amount"], fmt.Sprintf("%s[%d].amount", t("itemDiscountData"), j))
			if e != nil {
				return e
			}
			idisc = sum(idisc, a)
		}
		ns, e := num(m["netSale"], t("netSale"))
		if e != nil {
			return e
		}
		if sub(ts, cd).Cmp(ns) != 0 {
			return fail(t("netSale"), "netSale ≠ totalSale − commercial discounts")
		}
		var lineTax = zero
		types := map[string]bool{}
		for j, x := range asList(m["taxableItems"]) {
			tx := x.(map[string]any)
			tt, _ := tx["taxType"].(string)
			if types[tt] {
				return fail(t("taxableItems"), "tax type %s twice", tt)
			}
			types[tt] = true
			a, e := num(tx["amount"], fmt.Sprintf("%s[%d].amount", t("taxableItems"), j))
			if e != nil {
				return e
			}
			rate, e := num(tx["rate"], fmt.Sprintf("%s[%d].rate", t("taxableItems"), j))
			if e != nil {
				return e
			}
			if d := new(big.Rat).Abs(sub(a, mul(ns, new(big.Rat).Quo(rate, big.NewRat(100, 1))))); d.Cmp(half) > 0 {
				return fail(t("taxableItems"), "tax %s is not %s%% of %s", a.FloatString(5), rate.FloatString(2), ns.FloatString(5))
			}
			lineTax = sum(lineTax, a)
			if taxes[tt] == nil {
				taxes[tt] = zero
			}
			taxes[tt] = sum(taxes[tt], a)
		}
		tot, e := num(m["total"], t("total"))
		if e != nil {
			return e
		}
		if sub(sum(ns, lineTax), idisc).Cmp(tot) != 0 {
			return fail(t("total"), "total ≠ netSale + taxes − item discounts")
		}
		sales, commercial, net, itemDisc = sum(sales, ts), sum(commercial, cd), sum(net, ns), sum(itemDisc, idisc)
	}
	totals, _ := rc["totals"].(map[string]any)
	for _, c := range []struct {
		f    string
		want *big.Rat
	}{{"totalSales", sales}, {"totalCommercialDiscount", commercial}, {"netAmount", net}, {"totalItemsDiscount", itemDisc}} {
		v, e := num(totals[c.f], "totals."+c.f)
		if e != nil {
			return e
		}
		if v.Cmp(c.want) != 0 {
			return fail("totals."+c.f, "%s ≠ the lines' %s", v.FloatString(5), c.want.FloatString(5))
		}
	}
	var allTax = zero
	for i, x := range asList(totals["taxTotals"]) {
		m := x.(map[string]any)
		tt, _ := m["taxType"].(string)
		a, e := num(m["amount"], fmt.Sprintf("totals.taxTotals[%d]", i))
		if e != nil {
			return e
		}
		if taxes[tt] == nil || taxes[tt].Cmp(a) != 0 {
			return fail(fmt.Sprintf("totals.taxTotals[%d]", i), "%s ≠ the lines' %s", a.FloatString(5), tt)
		}
		allTax = sum(allTax, a)
	}
	fees, e := num(totals["feesAmount"], "totals.feesAmount")
	if e != nil {
		return e
	}
	adj, e := num(totals["adjustment"], "totals.adjustment")
	if e != nil {
		return e
	}
	if new(big.Rat).Abs(adj).Cmp(mul(half, big.NewRat(int64(len(items)), 1))) > 0 {
		return fail("totals.adjustment", "adjustment %s is more than rounding", adj.FloatString(5))
	}
	total, e := num(totals["totalAmount"], "totals.totalAmount")
	if e != nil {
		return e
	}
	if sum(sub(sum(net, allTax), itemDisc), sum(fees, adj)).Cmp(total) != 0 {
		return fail("totals.totalAmount", "totalAmount ≠ netAmount + taxes − item discounts + fees + adjustment")
	}
	buyer, _ := rc["buyer"].(map[string]any)
	if total.Cmp(big.NewRat(150000, 1)) >= 0 {
		id, _ := buyer["id"].(string)
		name, _ := buyer["name"].(string)
		if len(id) != 14 || name == "" {
			return &ruleErr{"BuyerRequired", "buyer", "name and national id are required at EGP 150,000 or more"}
		}
	}
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
