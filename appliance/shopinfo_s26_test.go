package appliance

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/config"
	"fatoora/appliance/ingest"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/ui/sim"
)

// Through the demo box's simulator (the `fatoora serve` code path, real
// bbolt, real HTTP): the shop's hours asked in Arabic are answered with the
// configured hours, "where is your showroom?" in English with the English
// address and the map link — no staff flag, no holding reply.
func TestBox_SimulatorAnswersHoursAndAddress_S26(t *testing.T) {
	o := demoOptions(t)
	o.Shop.MapURL = "https://maps.example.com/?q=fatoora-demo"
	box, stop := start(t, o)
	defer stop()
	base := "http://" + box.Addr().String()
	d := config.Default().Shop

	ar := simCustomer{t: t, base: base, phone: "201001120001"}
	ar.send(sim.Input{Text: "مساء الخير، مواعيدكم ايه يوم الجمعة؟"})
	r := ar.replies(1)[0]
	if !strings.Contains(r.Text, d.Hours) || !strings.Contains(r.Text, "مساء النور") || strings.Contains(r.Text, "فريق") {
		t.Fatalf("want the hours, the evening greeting answered: %q", r.Text)
	}

	en := simCustomer{t: t, base: base, phone: "201001120002"}
	en.send(sim.Input{Text: "where is your showroom?"})
	r = en.replies(1)[0]
	if !strings.Contains(r.Text, d.AddressEN) || !strings.Contains(r.Text, o.Shop.MapURL) || hasArabicLetter(r.Text) {
		t.Fatalf("want the English address and the map link in English: %q", r.Text)
	}
	for _, id := range []string{"201001120001", "201001120002"} {
		if ord := orderOf(t, box, id); ord.Rule != pipeline.RuleShopInfo || ord.NeedsStaff {
			t.Errorf("%s: order rule %q, needs staff %v; want %s and no flag", id, ord.Rule, ord.NeedsStaff, pipeline.RuleShopInfo)
		}
	}
}

// A live box that did not set its hours (the demo's are not its own)
// hands an hours question to staff with the holding reply, as before;
// never the demo showroom's hours.
func TestBox_LiveWithoutHoursHandsToStaff_S26(t *testing.T) {
	var mu sync.Mutex
	var sent []string
	graph := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		sent = append(sent, string(b))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"messaging_product":"whatsapp","contacts":[{"input":"2010","wa_id":"2010"}],"messages":[{"id":"wamid.OUT`+time.Now().Format("150405.000000000")+`"}]}`)
	}))
	defer graph.Close()
	o := testOptions(t) // live, complete, FATOORA_SHOP_HOURS not set
	o.WhatsApp.GraphURL = graph.URL + "/v25.0"
	if o.ShopInfo().Hours != "" || o.ShopInfo().HoursEN != "" {
		t.Fatalf("a live box keeps the demo's hours: %+v", o.ShopInfo())
	}
	box, stop := start(t, o)
	defer stop()
	importDemo(t, box)
	base := "http://" + box.Addr().String()
	// "مواعيدكم ايه؟"
	body := []byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"\u0639\u0644\u064a"},"wa_id":"2010"}],"messages":[{"from":"2010","id":"wamid.S26H","timestamp":"` + unixNow() + `","type":"text","text":{"body":"\u0645\u0648\u0627\u0639\u064a\u062f\u0643\u0645 \u0627\u064a\u0647\u061f"}}]}}]}]}`)
	postWebhook(t, base, o.WhatsApp.AppSecret, body)
	// the first text sent to the customer (a read receipt goes first)
	var reply string
	deadline := time.Now().Add(20 * time.Second)
	for reply == "" {
		mu.Lock()
		for _, b := range sent {
			var m struct {
				Type string `json:"type"`
				Text struct {
					Body string `json:"body"`
				} `json:"text"`
			}
			if json.Unmarshal([]byte(b), &m) == nil && m.Type == "text" {
				reply = m.Text.Body
				break
			}
		}
		mu.Unlock()
		if time.Now().After(deadline) {
			t.Fatal("no reply sent")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if strings.Contains(reply, config.Default().Shop.Hours) || !strings.Contains(reply, "فريق") {
		t.Errorf("want the holding reply (a person answers), not the demo's hours: %q", reply)
	}
	if ord := orderOf(t, box, "2010"); ord.Rule != pipeline.RuleService || !ord.NeedsStaff {
		t.Errorf("order rule %q, needs staff %v; want %s, flagged", ord.Rule, ord.NeedsStaff, pipeline.RuleService)
	}
}

// postWebhook posts body to the box's webhook signed with secret, as Meta
// does, and wants it accepted.
func postWebhook(t *testing.T, base, secret string, body []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("X-Hub-Signature-256", ingest.Sign([]byte(secret), body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("webhook: %d", resp.StatusCode)
	}
}

// orderOf is the latest order of the customer whose number is to, read
// from the store.
func orderOf(t *testing.T, b *Box, to string) pipeline.Order {
	t.Helper()
	var out pipeline.Order
	err := b.db.View(func(tx *bolt.Tx) error {
		return store.Bucket(tx, store.BucketOrders, store.BucketByID).ForEach(func(k, _ []byte) error {
			var o pipeline.Order
			if _, err := store.GetJSON(store.Bucket(tx, store.BucketOrders, store.BucketByID), k, &o); err != nil {
				return err
			}
			if o.To == to && !o.CreatedAt.Before(out.CreatedAt) {
				out = o
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if out.ID == "" {
		t.Fatalf("no order for %s", to)
	}
	return out
}
