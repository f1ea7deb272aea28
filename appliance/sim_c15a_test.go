package appliance

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode"

	"fatoora/ui/sim"
)

// simCustomer writes to the demo box through its simulator, as a person
// does in the browser: POST /simulator/api/send, GET
// /simulator/api/conversation.
type simCustomer struct {
	t           *testing.T
	base, phone string
}

func (c simCustomer) send(in sim.Input) {
	c.t.Helper()
	in.Name, in.Phone = "Sam Carter", c.phone
	body, _ := json.Marshal(in)
	resp, err := http.Post(c.base+"/simulator/api/send", "application/json", strings.NewReader(string(body)))
	if err != nil {
		c.t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		c.t.Fatalf("simulator send: %d %s", resp.StatusCode, b)
	}
}

// replies waits until the box has sent n messages to the customer and
// returns them.
func (c simCustomer) replies(n int) []sim.Bubble {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(c.base + "/simulator/api/conversation?phone=" + c.phone)
		if err != nil {
			c.t.Fatal(err)
		}
		var conv sim.Conversation
		err = json.NewDecoder(resp.Body).Decode(&conv)
		resp.Body.Close()
		if err != nil {
			c.t.Fatal(err)
		}
		var out []sim.Bubble
		for _, m := range conv.Messages {
			if m.Dir == "out" {
				out = append(out, m)
			}
		}
		if len(out) >= n {
			return out
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("waited for %d replies, have %+v", n, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// tap answers a reply button of message m.
func (c simCustomer) tap(m sim.Bubble, title string) {
	c.t.Helper()
	for _, b := range m.Buttons {
		if b.Title == title {
			c.send(sim.Input{Reply: &sim.Tap{Kind: "button", ID: b.ID, Title: b.Title, ContextID: m.ID}})
			return
		}
	}
	c.t.Fatalf("no button %q in %+v", title, m.Buttons)
}

func bubbleText(m sim.Bubble) string {
	parts := []string{m.Text}
	for _, b := range m.Buttons {
		parts = append(parts, b.Title)
	}
	if m.Document != nil {
		parts = append(parts, m.Document.Caption)
	}
	return strings.Join(parts, "\n")
}

func hasArabicLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) })
}

// Through the demo box's simulator, end to end: a customer who writes
// English is asked the colour in English, with the demo vocabulary's
// English colours on the buttons, and the tap's answer is the invoice
// with an English caption and summary; the same order in Arabic is
// answered in Arabic as before.
func TestBox_SimulatorAnswersEnglishInEnglish(t *testing.T) {
	box, stop := start(t, demoOptions(t))
	defer stop()
	base := "http://" + box.Addr().String()

	en := simCustomer{t: t, base: base, phone: "201001110001"}
	en.send(sim.Input{Text: "Hi, I need 2 walnut dining chairs please"})
	q := en.replies(1)[0]
	if !strings.Contains(q.Text, "Which colour would you like?") || !strings.Contains(q.Text, "Upholstered walnut dining chair") || hasArabicLetter(bubbleText(q)) {
		t.Fatalf("want the colour asked in English: %q %+v", q.Text, q.Buttons)
	}
	en.tap(q, "navy")
	out := en.replies(3)
	doc, sum := out[1], out[2]
	if doc.Document == nil || !strings.HasPrefix(doc.Document.Caption, "Invoice ") {
		t.Fatalf("want the invoice with an English caption: %+v", doc)
	}
	if !strings.Contains(sum.Text, "Your invoice ") || !strings.Contains(sum.Text, "Upholstered walnut dining chair navy — 2 × EGP 3,900.00") {
		t.Fatalf("want the English summary: %q", sum.Text)
	}
	for _, m := range out[1:] {
		if hasArabicLetter(bubbleText(m)) {
			t.Errorf("Arabic in an English reply: %q", bubbleText(m))
		}
	}

	ar := simCustomer{t: t, base: base, phone: "201001110002"}
	ar.send(sim.Input{Text: "عايز 2 كرسي سفرة جوز"})
	q = ar.replies(1)[0]
	if !strings.Contains(q.Text, "أنهي لون") {
		t.Fatalf("want the colour asked in Arabic: %q", q.Text)
	}
	ar.tap(q, "كحلي")
	out = ar.replies(3)
	if !strings.Contains(out[2].Text, "فاتورتك رقم") || !strings.Contains(out[2].Text, "3,900.00 ج.م") {
		t.Fatalf("want the Arabic summary: %q", out[2].Text)
	}
}
