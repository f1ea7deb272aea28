// Package whatsapp is the box's client for Meta's WhatsApp Cloud API (the
// Graph API): send text, documents, reply buttons and lists, upload media and
// mark messages as read. It checks Meta's limits before sending, parses Meta's
// error objects into *APIError and classifies them by error code.
//
// The client is stateless and never retries by itself: the pipeline's outbox
// keys every send and decides, with IsRetryable, OutsideWindow and
// Undeliverable, whether to try again later, fall back to staff, or give up.
package whatsapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
	"time"
)

// DefaultGraphURL is the Graph API base used when Options.GraphURL is empty.
const DefaultGraphURL = "https://graph.facebook.com/v25.0"

// DefaultTimeout bounds one request when Options.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// maxResponse caps how much of a Graph response body is read.
const maxResponse = 1 << 20

// Options configures a Client.
type Options struct {
	// GraphURL is the Graph API base including the version, without a
	// trailing slash, e.g. https://graph.facebook.com/v25.0 (the default) or a
	// stand-in such as http://127.0.0.1:8080/sim/graph/v25.0.
	GraphURL string
	// Token is the system-user access token sent as "Authorization: Bearer".
	Token string
	// PhoneNumberID is the business phone number's Graph id (not the number).
	PhoneNumberID string
	// HTTPClient sends the requests; nil means a client of its own.
	HTTPClient *http.Client
	// Timeout bounds each request on top of the caller's context; zero
	// means DefaultTimeout.
	Timeout time.Duration
}

// Validate reports the first problem with the options, after defaults.
func (o Options) Validate() error {
	if o.Token == "" {
		return errors.New("whatsapp: token is required")
	}
	if o.PhoneNumberID == "" {
		return errors.New("whatsapp: phone number id is required")
	}
	if strings.ContainsAny(o.PhoneNumberID, "/?#") {
		return fmt.Errorf("whatsapp: phone number id %q is not an id", o.PhoneNumberID)
	}
	g := o.GraphURL
	if g == "" {
		g = DefaultGraphURL
	}
	u, err := url.Parse(g)
	if err != nil {
		return fmt.Errorf("whatsapp: graph url: %w", err)
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("whatsapp: graph url %q must be an absolute http(s) url", g)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("whatsapp: graph url %q must have no query or fragment", g)
	}
	if o.Timeout < 0 {
		return errors.New("whatsapp: timeout must not be negative")
	}
	return nil
}

// Client calls the Graph API for one business phone number. It is safe for
// concurrent use.
type Client struct {
	base    string
	token   string
	phoneID string
	hc      *http.Client
	timeout time.Duration
}

// New checks the options and returns a client.
func New(opts Options) (*Client, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	c := &Client{
		base:    strings.TrimRight(opts.GraphURL, "/"),
		token:   opts.Token,
		phoneID: opts.PhoneNumberID,
		hc:      opts.HTTPClient,
		timeout: opts.Timeout,
	}
	if c.base == "" {
		c.base = DefaultGraphURL
	}
	if c.hc == nil {
		// The outbox sends to many recipients at once; Go's default keeps 2
		// idle connections per host, so the rest were closed after each
		// send and dialled (a TLS handshake, against Meta) again.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 32
		// A document's upload (~40 KB) fits the connection's write buffer:
		// written with its headers in one go, where the default 4 KB buffer
		// handed the rest to the connection's ReadFrom, which copied it
		// through a new 32 KB buffer for every upload (issue 16). Over
		// this transport the upload bodies are reused (bodyLease).
		t.WriteBufferSize = 64 << 10
		c.hc = &http.Client{Transport: t}
	}
	if c.timeout == 0 {
		c.timeout = DefaultTimeout
	}
	return c, nil
}

// Button is one reply button: ID comes back in the customer's button_reply.
type Button struct {
	ID    string
	Title string
}

// Section groups list rows; Title is required when a list has more than one.
type Section struct {
	Title string
	Rows  []Row
}

// Row is one choice in a list message: ID comes back in list_reply.
type Row struct {
	ID          string
	Title       string
	Description string
}

// wire shapes of the messages endpoint.
type (
	outMessage struct {
		MessagingProduct string `json:"messaging_product"`
		RecipientType    string `json:"recipient_type"`
		To               string `json:"to"`
		// BizOpaqueCallbackData comes back in every status webhook of
		// the message: the box puts its outbox key here (WithCallbackData).
		BizOpaqueCallbackData string          `json:"biz_opaque_callback_data,omitempty"`
		Context               *outContext     `json:"context,omitempty"`
		Type                  string          `json:"type"`
		Text                  *outText        `json:"text,omitempty"`
		Document              *outDocument    `json:"document,omitempty"`
		Interactive           *outInteractive `json:"interactive,omitempty"`
	}
	outContext struct {
		MessageID string `json:"message_id"`
	}
	outText struct {
		PreviewURL bool   `json:"preview_url"`
		Body       string `json:"body"`
	}
	outDocument struct {
		ID       string `json:"id"`
		Filename string `json:"filename,omitempty"`
		Caption  string `json:"caption,omitempty"`
	}
	outInteractive struct {
		Type   string    `json:"type"`
		Body   outText2  `json:"body"`
		Action outAction `json:"action"`
	}
	outText2 struct {
		Text string `json:"text"`
	}
	outAction struct {
		Button   string       `json:"button,omitempty"`
		Buttons  []outButton  `json:"buttons,omitempty"`
		Sections []outSection `json:"sections,omitempty"`
	}
	outButton struct {
		Type  string   `json:"type"`
		Reply outReply `json:"reply"`
	}
	outReply struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	outSection struct {
		Title string   `json:"title,omitempty"`
		Rows  []outRow `json:"rows"`
	}
	outRow struct {
		ID          string `json:"id"`
		Title       string `json:"title"`
		Description string `json:"description,omitempty"`
	}
	outRead struct {
		MessagingProduct string     `json:"messaging_product"`
		Status           string     `json:"status"`
		MessageID        string     `json:"message_id"`
		TypingIndicator  *outTyping `json:"typing_indicator,omitempty"`
	}
	outTyping struct {
		Type string `json:"type"`
	}
	sendResponse struct {
		Messages []struct {
			ID string `json:"id"`
		} `json:"messages"`
	}
)

func (c *Client) newMessage(to, typ string) outMessage {
	return outMessage{MessagingProduct: "whatsapp", RecipientType: "individual", To: to, Type: typ}
}

// SendText sends a free-form text (at most MaxTextRunes). A non-empty replyTo
// quotes that message (its wamid) in the customer's chat. It returns the wamid
// Meta gave the message: accepted, not yet delivered.
func (c *Client) SendText(ctx context.Context, to, body string, replyTo string) (string, error) {
	if err := checkTo(to); err != nil {
		return "", err
	}
	if err := checkText("text body", body, MaxTextRunes, true); err != nil {
		return "", err
	}
	m := c.newMessage(to, "text")
	m.Text = &outText{Body: body}
	if replyTo != "" {
		m.Context = &outContext{MessageID: replyTo}
	}
	return c.send(ctx, m)
}

// SendDocument sends a document uploaded earlier with UploadMedia. filename
// is what the customer sees; caption (at most MaxCaptionRunes) may be empty.
func (c *Client) SendDocument(ctx context.Context, to, mediaID, filename, caption string) (string, error) {
	if err := checkTo(to); err != nil {
		return "", err
	}
	if mediaID == "" {
		return "", fmt.Errorf("%w: document media id is empty", ErrLimit)
	}
	if err := checkText("document filename", filename, MaxFilenameRunes, false); err != nil {
		return "", err
	}
	if err := checkText("document caption", caption, MaxCaptionRunes, false); err != nil {
		return "", err
	}
	m := c.newMessage(to, "document")
	m.Document = &outDocument{ID: mediaID, Filename: filename, Caption: caption}
	return c.send(ctx, m)
}

// SendButtons sends body with up to MaxButtons reply buttons.
func (c *Client) SendButtons(ctx context.Context, to, body string, buttons []Button) (string, error) {
	if err := checkTo(to); err != nil {
		return "", err
	}
	if err := checkButtons(body, buttons); err != nil {
		return "", err
	}
	bs := make([]outButton, len(buttons))
	for i, b := range buttons {
		bs[i] = outButton{Type: "reply", Reply: outReply(b)}
	}
	m := c.newMessage(to, "interactive")
	m.Interactive = &outInteractive{Type: "button", Body: outText2{Text: body}, Action: outAction{Buttons: bs}}
	return c.send(ctx, m)
}

// SendList sends body with a button (buttonText) that opens a list of at
// most MaxListRows rows in all sections together.
func (c *Client) SendList(ctx context.Context, to, body, buttonText string, sections []Section) (string, error) {
	if err := checkTo(to); err != nil {
		return "", err
	}
	if err := checkList(body, buttonText, sections); err != nil {
		return "", err
	}
	ss := make([]outSection, len(sections))
	for i, s := range sections {
		rows := make([]outRow, len(s.Rows))
		for j, r := range s.Rows {
			rows[j] = outRow(r)
		}
		ss[i] = outSection{Title: s.Title, Rows: rows}
	}
	m := c.newMessage(to, "interactive")
	m.Interactive = &outInteractive{Type: "list", Body: outText2{Text: body},
		Action: outAction{Button: buttonText, Sections: ss}}
	return c.send(ctx, m)
}

// MarkRead marks an inbound message (and the ones before it) as read, showing
// the customer blue ticks. With typing, it also shows a typing indicator
// that WhatsApp clears at the next message or after about 25 seconds.
func (c *Client) MarkRead(ctx context.Context, messageID string, typing bool) error {
	if messageID == "" {
		return fmt.Errorf("%w: message id is empty", ErrLimit)
	}
	r := outRead{MessagingProduct: "whatsapp", Status: "read", MessageID: messageID}
	if typing {
		r.TypingIndicator = &outTyping{Type: "text"}
	}
	body, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode read: %w", err)
	}
	var resp struct {
		Success bool `json:"success"`
	}
	if err := c.do(ctx, "mark read", c.base+"/"+c.phoneID+"/messages", "application/json", body, &resp); err != nil {
		return err
	}
	if !resp.Success {
		return &MalformedError{Op: "mark read", Detail: "no success in the answer"}
	}
	return nil
}

// UploadMedia uploads a file (a PDF invoice, usually) and returns the media
// id to pass to SendDocument. Meta keeps uploaded media for 30 days.
func (c *Client) UploadMedia(ctx context.Context, filename, mimeType string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", fmt.Errorf("%w: media %q is empty", ErrLimit, filename)
	}
	if len(data) > MaxDocumentBytes {
		return "", fmt.Errorf("%w: media %q is %d bytes, limit %d", ErrLimit, filename, len(data), MaxDocumentBytes)
	}
	if mimeType == "" || strings.ContainsAny(mimeType, "\r\n\"") {
		return "", fmt.Errorf("%w: media type %q is not valid", ErrLimit, mimeType)
	}
	if filename == "" {
		filename = "file"
	}
	buf, lease := c.uploadBody()
	buf.Grow(len(data) + 1024) // the parts' headers and boundaries: made once, not grown by copies of the file
	mw := multipart.NewWriter(buf)
	_ = mw.WriteField("messaging_product", "whatsapp")
	_ = mw.WriteField("type", mimeType)
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", `form-data; name="file"; filename="`+quoteEscaper.Replace(filename)+`"`)
	h.Set("Content-Type", mimeType)
	fw, err := mw.CreatePart(h)
	if err != nil {
		return "", fmt.Errorf("upload media: %w", err)
	}
	if _, err := fw.Write(data); err != nil {
		return "", fmt.Errorf("upload media: %w", err)
	}
	if err := mw.Close(); err != nil {
		return "", fmt.Errorf("upload media: %w", err)
	}
	var resp struct {
		ID string `json:"id"`
	}
	if lease != nil {
		ctx = lease.trace(ctx)
	}
	err = c.do(ctx, "upload media", c.base+"/"+c.phoneID+"/media", mw.FormDataContentType(), buf.Bytes(), &resp)
	if lease != nil {
		lease.returned()
	}
	if err != nil {
		return "", err
	}
	if resp.ID == "" {
		return "", &MalformedError{Op: "upload media", Detail: "no media id in the answer"}
	}
	return resp.ID, nil
}

// quoteEscaper escapes a multipart filename the way mime/multipart does.
var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "", "\n", "")

// MaxCallbackData is Meta's limit on biz_opaque_callback_data.
const MaxCallbackData = 512

type callbackKey struct{}

// WithCallbackData returns a context whose sends carry data as the message's
// biz_opaque_callback_data, which Meta echoes in every status webhook of the
// message: the outbox passes its key, so a send whose answer was lost (a
// crash, a timeout) is found again by its statuses.
func WithCallbackData(ctx context.Context, data string) context.Context {
	return context.WithValue(ctx, callbackKey{}, data)
}

// CheckToken asks the Graph API for the business phone number
// (GET /{phone-number-id}): nil when the token works, the *APIError
// otherwise. The outbox calls it while sending is paused by an
// authentication error, to resume as soon as the token works again.
func (c *Client) CheckToken(ctx context.Context) error {
	var resp struct {
		ID string `json:"id"`
	}
	if err := c.call(ctx, http.MethodGet, "check token", c.base+"/"+c.phoneID+"?fields=id", "", nil, &resp); err != nil {
		return err
	}
	if resp.ID == "" {
		return &MalformedError{Op: "check token", Detail: "no id in the answer"}
	}
	return nil
}

func (c *Client) send(ctx context.Context, m outMessage) (string, error) {
	if d, _ := ctx.Value(callbackKey{}).(string); d != "" {
		if len(d) > MaxCallbackData {
			return "", fmt.Errorf("%w: callback data is %d bytes, limit %d", ErrLimit, len(d), MaxCallbackData)
		}
		m.BizOpaqueCallbackData = d
	}
	body, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encode %s message: %w", m.Type, err)
	}
	var resp sendResponse
	op := "send " + m.Type
	if err := c.do(ctx, op, c.base+"/"+c.phoneID+"/messages", "application/json", body, &resp); err != nil {
		return "", err
	}
	if len(resp.Messages) == 0 || resp.Messages[0].ID == "" {
		return "", &MalformedError{Op: op, Detail: "no message id in the answer"}
	}
	return resp.Messages[0].ID, nil
}

// do posts body and decodes a 2xx JSON answer into out; any other answer is
// an *APIError, a failure to get an answer a *TransportError.
func (c *Client) do(ctx context.Context, op, endpoint, contentType string, body []byte, out any) error {
	return c.call(ctx, http.MethodPost, op, endpoint, contentType, body, out)
}

func (c *Client) call(ctx context.Context, method, op, endpoint, contentType string, body []byte, out any) error {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, endpoint, rd)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return &TransportError{Op: op, Err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return &TransportError{Op: op, Err: err}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return parseAPIError(op, resp, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return &MalformedError{Op: op, Detail: "decode answer: " + err.Error()}
	}
	return nil
}
