package graphsim

import (
	"context"
	"net/http"
	"time"
)

// Fault scripts a failure. Faults are checked in the order added; the first
// that matches a call answers it.
type Fault struct {
	// Times is how many matching calls fail; 0 means every one until
	// ClearFaults.
	Times int
	// To limits the fault to sends to this recipient. Empty matches every
	// POST: sends, mark-as-read and uploads.
	To string
	// Only limits the fault to one kind of call: "send", "read" or
	// "upload" (empty: any).
	Only string
	// HTTPStatus of the answer; default 401 for code 190, 500 when Code is
	// 0 or 1 or 2, 400 otherwise.
	HTTPStatus int
	// Code and Subcode are Meta's error code and subcode; Message and
	// Details default to Meta's wording for the code.
	Code, Subcode    int
	Message, Details string
	// Body, when set, is sent as is (e.g. a proxy's HTML error page).
	Body string
	// Async accepts the send and then reports a "failed" status carrying
	// Code, which is how Meta reports 131047 and 131026 for most sends.
	// It needs StatusHook or a look at Message(id).Status to be seen.
	Async bool
	// Malformed carries the call out (the message is accepted, the media
	// stored) and then answers 200 with Body, or "{}" when Body is empty:
	// an answer the client cannot read though the send went out.
	Malformed bool
}

// FailMalformed makes the next n sends and uploads succeed with an answer
// the client cannot read.
func FailMalformed(n int) Fault { return Fault{Times: n, Malformed: true} }

func (f *Fault) writeMalformed(w http.ResponseWriter) {
	body := f.Body
	if body == "" {
		body = "{}"
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(body))
}

// SetToken changes the access token the stand-in accepts: the old one then
// gets 401 with code 190, as an expired token does.
func (s *Server) SetToken(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.token = tok
}

// FailHTTP makes the next n calls answer with an HTTP status (e.g. 500) and
// Meta's transient error body.
func FailHTTP(n, status int) Fault { return Fault{Times: n, HTTPStatus: status} }

// FailCode makes the next n calls fail with Meta's error code (130429,
// 131056, 190, ...).
func FailCode(n, code int) Fault { return Fault{Times: n, Code: code} }

// FailRecipient makes every send to one recipient fail with code (131047 or
// 131026) until ClearFaults.
func FailRecipient(to string, code int) Fault { return Fault{To: to, Code: code} }

// AddFault scripts a failure.
func (s *Server) AddFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &f)
}

// ClearFaults removes every scripted failure.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// SetLatency delays every answer by d (0 to stop).
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// takeFault returns and consumes the first fault of the given kind (sync or
// async) that matches a call to recipient to ("" for non-send calls).
func (s *Server) takeFault(to string, async bool) *Fault { return s.takeFaultFor("send", to, async) }

func (s *Server) takeFaultFor(kind, to string, async bool) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Async != async || (f.To != "" && f.To != to) || (f.Only != "" && f.Only != kind) {
			continue
		}
		if f.Times > 0 {
			f.Times--
			if f.Times == 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
		}
		c := *f
		return &c
	}
	return nil
}

// metaErrors is Meta's wording for the codes tests script most.
var metaErrors = map[int][2]string{
	1:      {"An unknown error occurred", ""},
	2:      {"An unexpected error has occurred. Please retry your request later.", ""},
	4:      {"(#4) Application request limit reached", ""},
	100:    {"(#100) Invalid parameter", ""},
	190:    {"Invalid OAuth access token - Cannot parse access token", ""},
	80007:  {"(#80007) Rate limit issues", "The WhatsApp Business Account has reached its rate limit."},
	130429: {"(#130429) Rate limit hit", "Cloud API message throughput has been reached."},
	131000: {"Something went wrong", "Message failed to send due to an unknown error."},
	131009: {"(#131009) Parameter value is not valid", ""},
	131016: {"(#131016) Service unavailable", "A service is temporarily unavailable."},
	131026: {"Message undeliverable", "Unable to deliver message. The recipient may not be a WhatsApp user or may use an old WhatsApp version."},
	131047: {"Re-engagement message", "Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
	131056: {"(#131056) (Business Account, Consumer Account) pair rate limit hit", "Too many messages sent from the sender phone number to the same recipient phone number in a short period of time."},
	133004: {"(#133004) Server temporarily unavailable", ""},
}

// response is the HTTP status and Meta error a synchronous fault answers with.
func (f *Fault) response() (int, apiError) {
	e := apiError{Code: f.Code, Subcode: f.Subcode, Message: f.Message, Details: f.Details, Type: "OAuthException"}
	status := f.HTTPStatus
	if e.Code == 0 {
		if status == 0 || status >= 500 {
			e.Code = 2
		} else {
			e.Code = 100
		}
	}
	if status == 0 {
		switch e.Code {
		case 190:
			status = http.StatusUnauthorized
		case 1, 2:
			status = http.StatusInternalServerError
		default:
			status = http.StatusBadRequest
		}
	}
	if words, ok := metaErrors[e.Code]; ok {
		if e.Message == "" {
			e.Message = words[0]
		}
		if e.Details == "" {
			e.Details = words[1]
		}
	}
	if e.Message == "" {
		e.Message = http.StatusText(status)
	}
	e.HTTPStatus = status
	if f.Body != "" {
		e.rawBody = f.Body
	}
	return status, e
}

// --- status progression ----------------------------------------------------

var statusRank = map[string]int{"accepted": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}

// startProgress moves an accepted message through sent, delivered and read
// (or to failed for an async fault), one StatusDelay apart.
func (s *Server) startProgress(id, to string, async *Fault) {
	steps := []string{"sent", "delivered", "read"}
	if s.opts.NoRead {
		steps = steps[:2]
	}
	if async != nil {
		steps = []string{"failed"}
	} else if s.opts.StatusDelay == 0 {
		return
	}
	s.mu.Lock()
	if s.ctx.Err() != nil {
		s.mu.Unlock()
		return
	}
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		for _, st := range steps {
			t := time.NewTimer(s.opts.StatusDelay)
			select {
			case <-s.ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			s.setStatus(id, to, st, async)
		}
	}()
}

func (s *Server) setStatus(id, to, status string, fault *Fault) {
	now := s.opts.Now()
	st := Status{ID: id, Status: status, Timestamp: Timestamp(now), RecipientID: to}
	s.mu.Lock()
	if m, ok := s.byID[id]; ok {
		st.BizOpaqueCallbackData = m.CallbackData
	}
	s.mu.Unlock()
	switch status {
	case "sent", "delivered":
		st.Conversation = &Conversation{ID: "sim-" + to, Origin: &Origin{Type: "service"}}
		if status == "sent" {
			st.Conversation.ExpirationTimestamp = Timestamp(now.Add(24 * time.Hour))
		}
		st.Pricing = &Pricing{Billable: false, PricingModel: "PMP", Category: "service"}
	case "failed":
		_, e := fault.response()
		st.Errors = []StatusError{{Code: e.Code, Title: e.Message, Message: e.Message}}
		if e.Details != "" {
			st.Errors[0].ErrorData = &ErrorData{Details: e.Details}
		}
	}
	s.mu.Lock()
	if m, ok := s.byID[id]; ok && statusRank[status] > statusRank[m.Status] {
		m.Status, m.StatusAt = status, now
		if fault != nil {
			_, e := fault.response()
			m.ErrorCode = e.Code
		}
		s.notifyLocked()
	}
	s.mu.Unlock()
	if s.opts.StatusHook == nil {
		return
	}
	select {
	case s.events <- st:
	default:
		s.opts.Logger.Warn("graphsim: status queue full, status dropped", "wamid", id, "status", status)
	}
}

// deliverStatuses is the one goroutine that calls StatusHook, in order.
func (s *Server) deliverStatuses() {
	defer s.wg.Done()
	for {
		select {
		case <-s.ctx.Done():
			return
		case st := <-s.events:
			body := MetaJSON(NewWebhook(s.opts.WABAID, Value{Metadata: s.Metadata(), Statuses: []Status{st}}))
			sig := Sign(s.opts.AppSecret, body)
			var err error
			for attempt, wait := 0, 200*time.Millisecond; attempt < 4; attempt, wait = attempt+1, wait*2 {
				ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
				err = s.opts.StatusHook(ctx, body, sig)
				cancel()
				if err == nil || s.ctx.Err() != nil {
					break
				}
				t := time.NewTimer(wait)
				select {
				case <-s.ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
			if err != nil && s.ctx.Err() == nil {
				s.opts.Logger.Warn("graphsim: status hook failed, status dropped", "wamid", st.ID, "status", st.Status, "err", err)
			}
		}
	}
}
