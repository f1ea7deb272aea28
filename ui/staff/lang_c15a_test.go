package staff

import (
	"strings"
	"testing"
	"time"
)

// A customer who writes English is marked so on the conversation's page,
// in the reader's language, so the person who answers by hand answers in
// English as the box did; an Arabic conversation carries no mark.
func TestOps_ThreadShowsEnglishCustomer(t *testing.T) {
	e := newOpsEnv(t)
	secret := e.setup(t)
	e.text(t, opsCustomer, "Hi, do you deliver to New Cairo?")
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if ms := e.graph.MessagesTo(opsCustomer); len(ms) > 0 {
			if !strings.Contains(ms[0].Text, "Your question has reached us") {
				t.Fatalf("want the answer in English: %q", ms[0].Text)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no answer")
		}
	}
	for lang, want := range map[string]string{"en": "Writes English; the box answers in English", "ar": "بيكتب إنجليزي، والبوت بيرد عليه إنجليزي"} {
		_, body := e.do(t, call{path: "/staff/conversations/" + opsCustomer, secret: secret, lang: lang})
		if !strings.Contains(body, want) {
			t.Errorf("%s: the thread does not say the customer writes English:\n%s", lang, body)
		}
	}
	e.text(t, "201009999999", opsSeed)
	e.waitReview(t, 1)
	_, body := e.do(t, call{path: "/staff/conversations/201009999999", secret: secret, lang: "en"})
	if strings.Contains(body, "Writes English") {
		t.Errorf("an Arabic conversation marked English:\n%s", body)
	}
}
