package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"fatoora/appliance/config"
)

func init() {
	Register(Command{
		Name:    "check",
		Summary: "check a live configuration before going live: settings, WhatsApp token, a go-live checklist",
		Run:     runCheck,
	})
}

// ErrNotReady is returned by `fatoora check` when the box could not answer
// customers with this configuration.
var ErrNotReady = errors.New("not ready to go live")

func runCheck(ctx context.Context, args []string, stdio IO) error {
	const summary = `Check the configuration the way 'fatoora serve' would read it (same flags,
FATOORA_* environment and --config file), try the WhatsApp token against the
Graph API (GET /{phone-number-id}), and print a go-live checklist.
Exit status 0 only when the box is ready to answer customers.`
	fs := NewFlagSet("check", summary, stdio)
	opts, err := config.Load(fs, args, stdio.Getenv)
	if err != nil {
		return err
	}
	w := stdio.Stdout
	ok := true
	mark := func(good bool, format string, a ...any) {
		box := "[x]"
		if !good {
			box, ok = "[ ]", false
		}
		fmt.Fprintf(w, "%s %s\n", box, fmt.Sprintf(format, a...))
	}
	fmt.Fprintf(w, "fatoora check — mode: %s", opts.Mode())
	if opts.ConfigFile != "" {
		fmt.Fprintf(w, " (config file %s)", opts.ConfigFile)
	}
	fmt.Fprintln(w)

	if err := opts.Validate(); err != nil {
		mark(false, "settings are valid:\n%s", indent(err.Error()))
	} else {
		mark(true, "settings are valid")
	}
	if opts.Mode() == config.Demo {
		mark(false, "WhatsApp is configured (FATOORA_WA_APP_SECRET, FATOORA_WA_VERIFY_TOKEN, FATOORA_WA_TOKEN, FATOORA_WA_PHONE_NUMBER_ID): this is a demo box")
	} else {
		missing := map[string]string{}
		for _, m := range opts.NotReady() {
			missing[m.Env] = m.Reason
		}
		for _, env := range []string{
			"FATOORA_WA_APP_SECRET", "FATOORA_WA_VERIFY_TOKEN", "FATOORA_WA_TOKEN", "FATOORA_WA_PHONE_NUMBER_ID",
			"FATOORA_SHOP_NAME", "FATOORA_SHOP_ADDRESS", "FATOORA_SHOP_TAX_ID",
		} {
			if env == "FATOORA_WA_TOKEN" && opts.Relay.Graph {
				mark(true, "FATOORA_WA_TOKEN held by the relay (FATOORA_RELAY_GRAPH)")
				continue
			}
			if r, bad := missing[env]; bad {
				mark(false, "%s: %s", env, r)
			} else {
				mark(true, "%s", env)
			}
		}
		if opts.ShopInfo().Hours == "" {
			// optional: without it the box still answers, a person tells the hours
			fmt.Fprintln(w, "    (FATOORA_SHOP_HOURS not set, or still the demo's: questions about the opening hours go to staff)")
		}
	}
	if opts.Relay.Graph {
		fmt.Fprintln(w, "    (sends go through the relay, which holds Meta's token: check it on the relay's /healthz)")
	} else if opts.WhatsApp.Token != "" && opts.WhatsApp.PhoneNumberID != "" {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		name, err := checkGraphToken(cctx, opts.WhatsApp)
		cancel()
		if err != nil {
			mark(false, "the WhatsApp token works (GET %s/%s): %v", opts.WhatsApp.GraphURL, opts.WhatsApp.PhoneNumberID, err)
		} else {
			mark(true, "the WhatsApp token works: the number is %s", name)
		}
	}
	fmt.Fprint(w, `
Then, in Meta's App Dashboard (README, "Going live"):
  - the webhook callback URL is https://<public name>/webhook/whatsapp (the relay's name for a
    shop behind NAT) with FATOORA_WA_VERIFY_TOKEN as its verify token;
  - the webhook is subscribed to the "messages" field;
  - send a WhatsApp message to the number and watch 'journalctl -u fatoora -f' and /healthz;
  - a daily 'fatoora backup' is scheduled and copied off the box.
`)
	if !ok {
		return ErrNotReady
	}
	fmt.Fprintln(w, "ready: the box can answer customers with this configuration")
	return nil
}

func indent(s string) string { return "      " + strings.ReplaceAll(s, "\n", "\n      ") }

// checkGraphToken asks the Graph API for the business number behind the
// configured phone-number id, which proves the token, the id and the route
// (direct or through a relay) all work. It sends nothing to anyone.
func checkGraphToken(ctx context.Context, wa config.WhatsApp) (string, error) {
	u := strings.TrimRight(wa.GraphURL, "/") + "/" + url.PathEscape(wa.PhoneNumberID) + "?fields=display_phone_number,verified_name"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+wa.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error struct {
				Message string `json:"message"`
				Code    int    `json:"code"`
			} `json:"error"`
		}
		if json.Unmarshal(body, &e) == nil && e.Error.Message != "" {
			hint := ""
			if e.Error.Code == 190 {
				hint = " (the token is invalid or expired: make a permanent token for a system user)"
			}
			return "", fmt.Errorf("HTTP %d, code %d: %s%s", resp.StatusCode, e.Error.Code, e.Error.Message, hint)
		}
		return "", fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	var n struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		VerifiedName       string `json:"verified_name"`
	}
	if err := json.Unmarshal(body, &n); err != nil || n.DisplayPhoneNumber == "" {
		return "", fmt.Errorf("unexpected answer: %.200s", body)
	}
	return fmt.Sprintf("%s (%s)", n.DisplayPhoneNumber, n.VerifiedName), nil
}
