package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Notification is one parsed webhook body: everything it carries, in order.
type Notification struct {
	Object   string
	Messages []Message
	Statuses []Status
	// Skipped counts items that could not be keyed (a message or status
	// without an id). They remain in the stored raw payload.
	Skipped int
	// Unknown counts changes of fields other than "messages" (kept only in
	// the raw payload).
	Unknown int
}

// Message is an inbound WhatsApp message as the box stores it.
type Message struct {
	ID string `json:"id"` // wamid
	// From is the sender's phone-number id (wa_id) as Meta sent it; it may
	// be empty for users with a username (then UserID is set).
	From string `json:"from"`
	// UserID is the business-scoped user id (BSUID), when Meta sends one.
	UserID string `json:"user_id,omitempty"`
	// Customer is the key of the sender in the customers bucket: the
	// contact's wa_id, else From, else UserID.
	Customer      string `json:"customer"`
	ProfileName   string `json:"profile_name,omitempty"`
	PhoneNumberID string `json:"phone_number_id,omitempty"` // business number that received it
	Type          string `json:"type"`
	// Timestamp is when the customer sent it (Meta's clock).
	Timestamp time.Time `json:"timestamp"`
	// Text is the text body, a media caption, or the title of the button or
	// list row the customer tapped.
	Text string `json:"text,omitempty"`
	// ReplyID is the id of the tapped interactive button or list row, or
	// the payload of a template quick-reply button.
	ReplyID string `json:"reply_id,omitempty"`
	// ContextID is the message this one replies to (e.g. the one holding
	// the buttons).
	ContextID string    `json:"context_id,omitempty"`
	Media     *Media    `json:"media,omitempty"`
	Location  *Location `json:"location,omitempty"`
	Reaction  *Reaction `json:"reaction,omitempty"`
	Errors    []Error   `json:"errors,omitempty"`
	// Raw is the message object exactly as it appeared in the payload.
	Raw json.RawMessage `json:"raw"`
	// ReceivedAt is when the box stored it; Payload the raw payload's key.
	ReceivedAt time.Time `json:"received_at"`
	Payload    uint64    `json:"payload"`
	Source     string    `json:"source,omitempty"`
	// Flag says why the message is stored but not answered: it has no
	// sender, or its sender is not a string. It waits for staff in
	// flagged_messages (Flagged).
	Flag string `json:"flag,omitempty"`
}

// Media is an image, document, audio, video or sticker attachment.
type Media struct {
	ID       string `json:"id"`
	MimeType string `json:"mime_type,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
	Filename string `json:"filename,omitempty"`
	Voice    bool   `json:"voice,omitempty"`
}

// Location is a shared location.
type Location struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Name      string  `json:"name,omitempty"`
	Address   string  `json:"address,omitempty"`
	URL       string  `json:"url,omitempty"`
}

// Reaction is an emoji reaction to an earlier message (empty Emoji =
// reaction removed).
type Reaction struct {
	MessageID string `json:"message_id"`
	Emoji     string `json:"emoji"`
}

// Error is a WhatsApp error object inside a message or status.
type Error struct {
	Code    int    `json:"code"`
	Title   string `json:"title,omitempty"`
	Message string `json:"message,omitempty"`
	Details string `json:"details,omitempty"`
}

// Status is the delivery state of a message the box sent.
type Status struct {
	ID          string    `json:"id"` // wamid of the outbound message
	Status      string    `json:"status"`
	Timestamp   time.Time `json:"timestamp"`
	RecipientID string    `json:"recipient_id,omitempty"`
	// CallbackData is the send's biz_opaque_callback_data (the box's outbox
	// key), echoed by Meta in each status.
	CallbackData string `json:"callback_data,omitempty"`
	// Errors are the errors of the last failure, if any.
	Errors []Error `json:"errors,omitempty"`
	// Events is every distinct status report received, in arrival order.
	Events    []StatusEvent `json:"events,omitempty"`
	UpdatedAt time.Time     `json:"updated_at"`
}

// StatusEvent is one status report.
type StatusEvent struct {
	Status    string    `json:"status"`
	Timestamp time.Time `json:"timestamp"`
	Errors    []Error   `json:"errors,omitempty"`
	// Payload is the key of the stored body the report came in (0 for
	// reports stored before issue 16): a repost of that body is known by it.
	Payload uint64 `json:"payload,omitempty"`
}

// statusRank orders statuses; a stored status only moves to a higher rank.
// failed sits above sent (a send that failed) and below delivered (a late
// failure report cannot undo a delivery).
func statusRank(s string) int {
	switch s {
	case "sent":
		return 1
	case "failed":
		return 2
	case "delivered":
		return 3
	case "read":
		return 4
	case "played":
		return 5
	}
	return 0
}

// ErrMalformed is returned for bodies that are not a webhook notification.
var ErrMalformed = errors.New("malformed webhook body")

type wirePayload struct {
	Object string      `json:"object"`
	Entry  []wireEntry `json:"entry"`
}

type wireEntry struct {
	ID      string       `json:"id"`
	Changes []wireChange `json:"changes"`
}

type wireChange struct {
	Field string    `json:"field"`
	Value wireValue `json:"value"`
}

type wireValue struct {
	Metadata wireMetadata      `json:"metadata"`
	Contacts []wireContact     `json:"contacts"`
	Messages []json.RawMessage `json:"messages"`
	Statuses []json.RawMessage `json:"statuses"`
}

type wireMetadata struct {
	DisplayPhoneNumber string `json:"display_phone_number"`
	PhoneNumberID      string `json:"phone_number_id"`
}

type wireContact struct {
	Profile wireProfile `json:"profile"`
	WaID    string      `json:"wa_id"`
	UserID  string      `json:"user_id"`
}

type wireProfile struct {
	Name string `json:"name"`
}

type wireMedia struct {
	ID       string `json:"id"`
	MimeType string `json:"mime_type"`
	SHA256   string `json:"sha256"`
	Caption  string `json:"caption"`
	Filename string `json:"filename"`
	Voice    bool   `json:"voice"`
}

type wireError struct {
	Code      int    `json:"code"`
	Title     string `json:"title"`
	Message   string `json:"message"`
	ErrorData struct {
		Details string `json:"details"`
	} `json:"error_data"`
}

type wireReply struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type wireMessage struct {
	From        string           `json:"from"`
	FromUserID  string           `json:"from_user_id"`
	ID          string           `json:"id"`
	Timestamp   unixTime         `json:"timestamp"`
	Type        string           `json:"type"`
	Text        *wireText        `json:"text"`
	Image       *wireMedia       `json:"image"`
	Document    *wireMedia       `json:"document"`
	Audio       *wireMedia       `json:"audio"`
	Video       *wireMedia       `json:"video"`
	Sticker     *wireMedia       `json:"sticker"`
	Location    *wireLocation    `json:"location"`
	Interactive *wireInteractive `json:"interactive"`
	Button      *wireButton      `json:"button"`
	Reaction    *wireReaction    `json:"reaction"`
	Context     *wireContext     `json:"context"`
	Errors      []wireError      `json:"errors"`
}

type wireText struct {
	Body string `json:"body"`
}

type wireLocation struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Name      string  `json:"name"`
	Address   string  `json:"address"`
	URL       string  `json:"url"`
}

type wireInteractive struct {
	Type        string     `json:"type"`
	ButtonReply *wireReply `json:"button_reply"`
	ListReply   *wireReply `json:"list_reply"`
}

type wireButton struct {
	Payload string `json:"payload"`
	Text    string `json:"text"`
}

type wireReaction struct {
	MessageID string `json:"message_id"`
	Emoji     string `json:"emoji"`
}

type wireContext struct {
	From string `json:"from"`
	ID   string `json:"id"`
}

// minimalMessage is what is needed to store a message whose type-specific
// part does not match the shapes above.
type minimalMessage struct {
	From       string   `json:"from"`
	FromUserID string   `json:"from_user_id"`
	ID         string   `json:"id"`
	Timestamp  unixTime `json:"timestamp"`
	Type       string   `json:"type"`
}

type wireStatus struct {
	ID          string      `json:"id"`
	Status      string      `json:"status"`
	Timestamp   unixTime    `json:"timestamp"`
	RecipientID string      `json:"recipient_id"`
	Errors      []wireError `json:"errors"`
	// BizOpaqueCallbackData echoes the send's callback data.
	BizOpaqueCallbackData string `json:"biz_opaque_callback_data"`
}

// MaxIDBytes bounds every id the box keys records by (a wamid, a sender, a
// callback): Meta's are under 100 bytes, and a longer one could never be
// stored (bbolt keys end at 32 KiB), so its body is refused as malformed
// (400) instead of failing the commit (500) for Meta to retry for 7 days.
const MaxIDBytes = 1024

// flagControl flags a message whose sender's id holds a control character
// (hasControl): it is stored and waits for staff, under no customer.
const flagControl = "the sender's id holds a control character"

// hasControl reports whether a sender's id holds a byte below 0x20. A
// wa_id or BSUID is printable, and a customer's keys in message_index/ end
// at the first byte of their rest below 0x05 (store.CustomerRunOf), so no
// customer key holds one.
func hasControl[T string | []byte](id T) bool {
	for i := range len(id) {
		if id[i] < 0x20 {
			return true
		}
	}
	return false
}

func checkID(what, id string) error {
	if len(id) > MaxIDBytes {
		return fmt.Errorf("%w: %s of %d bytes (limit %d)", ErrMalformed, what, len(id), MaxIDBytes)
	}
	return nil
}

// unixTime reads Meta's timestamps: unix seconds as a string (or a number).
// A value that is neither becomes the zero time rather than an error.
type unixTime time.Time

func (u *unixTime) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		b = []byte(s)
	}
	*u = unixSeconds(b)
	return nil
}

// unixSeconds reads unix seconds written in decimal; anything else is the
// zero time.
func unixSeconds(b []byte) unixTime {
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil || n < 0 || n > 1<<40 {
		return unixTime{}
	}
	return unixTime(time.Unix(n, 0).UTC())
}

// Parse reads a webhook body. It fails only when the body is not a JSON
// object of the webhook envelope's shape; messages of unknown types are
// returned with their Type and Raw, never an error.
//
// Bodies of the usual shapes are read in one pass by a decoder made for
// them (fast.go); any other body, and any body that fails, is read by
// encoding/json as before, whose answer the fast decoder gives wherever it
// answers (FuzzParse_FastAgrees).
func Parse(body []byte) (Notification, error) {
	if n, ok := fastParse(body); ok {
		return n, nil
	}
	return parseStd(body)
}

// parseStd is Parse by encoding/json alone.
func parseStd(body []byte) (Notification, error) {
	var p wirePayload
	if err := json.Unmarshal(body, &p); err != nil {
		return Notification{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if p.Object == "" && p.Entry == nil {
		return Notification{}, fmt.Errorf("%w: not a webhook notification (no object, no entry)", ErrMalformed)
	}
	n, _, err := assemble(p, stdMessage, stdStatus)
	return n, err
}

// A messageDecoder reads one message object: ok false when it is kept only
// in the raw payload (no id); handled false when this decoder cannot tell
// (the caller reads the body another way).
type messageDecoder func(raw json.RawMessage) (m Message, ok, handled bool)

// A statusDecoder reads one status object the same way.
type statusDecoder func(raw json.RawMessage) (ws wireStatus, ok, handled bool)

func stdMessage(raw json.RawMessage) (Message, bool, bool) {
	m, ok := parseMessage(raw)
	return m, ok, true
}

func stdStatus(raw json.RawMessage) (wireStatus, bool, bool) {
	var ws wireStatus
	err := json.Unmarshal(raw, &ws)
	return ws, err == nil && ws.ID != "", true
}

// assemble makes the Notification of a decoded envelope.
func assemble(p wirePayload, readMessage messageDecoder, readStatus statusDecoder) (Notification, bool, error) {
	var n Notification
	n.Object = p.Object
	for _, e := range p.Entry {
		for _, c := range e.Changes {
			if c.Field != "messages" {
				n.Unknown++
				continue
			}
			v := c.Value
			for _, raw := range v.Messages {
				m, ok, handled := readMessage(raw)
				if !handled {
					return Notification{}, false, nil
				}
				if !ok {
					n.Skipped++
					continue
				}
				m.PhoneNumberID = v.Metadata.PhoneNumberID
				for _, k := range []string{m.From, m.UserID} {
					if k == "" {
						continue
					}
					ct, ok := contactOf(v.Contacts, k)
					if ok && m.ProfileName == "" {
						m.ProfileName = ct.Profile.Name
					}
					if ok && ct.WaID != "" && m.Customer == "" {
						m.Customer = ct.WaID
					}
				}
				if m.ProfileName == "" && len(v.Contacts) == 1 {
					m.ProfileName = v.Contacts[0].Profile.Name
				}
				if m.Customer == "" {
					m.Customer = m.From
				}
				if m.Customer == "" {
					m.Customer = m.UserID
				}
				if hasControl(m.Customer) && m.Flag == "" {
					m.Flag, m.Customer = flagControl, ""
				}
				if m.Customer == "" && m.Flag == "" {
					m.Flag = "the message has no sender"
				}
				for _, c := range [][2]string{{"message id", m.ID}, {"sender", m.From}, {"user id", m.UserID}, {"customer", m.Customer}, {"context id", m.ContextID}} {
					if err := checkID(c[0], c[1]); err != nil {
						return Notification{}, true, err
					}
				}
				n.Messages = append(n.Messages, m)
			}
			for _, raw := range v.Statuses {
				ws, ok, handled := readStatus(raw)
				if !handled {
					return Notification{}, false, nil
				}
				if !ok {
					n.Skipped++
					continue
				}
				s, err := statusOf(ws)
				if err != nil {
					return Notification{}, true, err
				}
				n.Statuses = append(n.Statuses, s)
			}
		}
	}
	return n, true, nil
}

// statusOf is the Status of a status report read from a body.
func statusOf(ws wireStatus) (Status, error) {
	if err := checkID("status id", ws.ID); err != nil {
		return Status{}, err
	}
	if len(ws.BizOpaqueCallbackData) > MaxIDBytes {
		ws.BizOpaqueCallbackData = "" // not ours: the box sends at most 512 bytes
	}
	return Status{
		ID: ws.ID, Status: ws.Status, Timestamp: time.Time(ws.Timestamp),
		RecipientID: ws.RecipientID, Errors: convErrors(ws.Errors), CallbackData: ws.BizOpaqueCallbackData,
	}, nil
}

// contactOf is the contact that names k (a sender's wa_id or user id) as
// its wa_id or its user id; the last one when several do.
func contactOf(contacts []wireContact, k string) (wireContact, bool) {
	for i := len(contacts) - 1; i >= 0; i-- {
		if contacts[i].WaID == k || contacts[i].UserID == k {
			return contacts[i], true
		}
	}
	return wireContact{}, false
}

func parseMessage(raw json.RawMessage) (Message, bool) {
	var w wireMessage
	m := Message{Raw: append(json.RawMessage(nil), raw...)}
	if err := json.Unmarshal(raw, &w); err != nil {
		var min minimalMessage
		if err := json.Unmarshal(raw, &min); err != nil || min.ID == "" {
			return lenientMessage(m, raw)
		}
		m.ID, m.From, m.UserID, m.Type, m.Timestamp = min.ID, min.From, min.FromUserID, min.Type, time.Time(min.Timestamp)
		return m, true
	}
	return fromWire(m, w)
}

// fromWire fills m (holding Raw) from its decoded object.
func fromWire(m Message, w wireMessage) (Message, bool) {
	if w.ID == "" {
		return m, false
	}
	m.ID, m.From, m.UserID, m.Type, m.Timestamp = w.ID, w.From, w.FromUserID, w.Type, time.Time(w.Timestamp)
	if w.Context != nil {
		m.ContextID = w.Context.ID
	}
	m.Errors = convErrors(w.Errors)
	media := func(x *wireMedia) {
		if x == nil {
			return
		}
		m.Media = &Media{ID: x.ID, MimeType: x.MimeType, SHA256: x.SHA256, Filename: x.Filename, Voice: x.Voice}
		m.Text = x.Caption
	}
	switch w.Type {
	case "text":
		if w.Text != nil {
			m.Text = w.Text.Body
		}
	case "image":
		media(w.Image)
	case "document":
		media(w.Document)
	case "audio":
		media(w.Audio)
	case "video":
		media(w.Video)
	case "sticker":
		media(w.Sticker)
	case "location":
		if l := w.Location; l != nil {
			m.Location = &Location{Latitude: l.Latitude, Longitude: l.Longitude, Name: l.Name, Address: l.Address, URL: l.URL}
		}
	case "interactive":
		if in := w.Interactive; in != nil {
			r := in.ButtonReply
			if r == nil {
				r = in.ListReply
			}
			if r != nil {
				m.ReplyID, m.Text = r.ID, r.Title
			}
		}
	case "button":
		if b := w.Button; b != nil {
			m.ReplyID, m.Text = b.Payload, b.Text
		}
	case "reaction":
		if r := w.Reaction; r != nil {
			m.Reaction = &Reaction{MessageID: r.MessageID, Emoji: r.Emoji}
		}
	}
	return m, true
}

// lenientMessage keeps a message whose fields have the wrong JSON types (a
// sender that is a number, say) when it has a string id: it is stored and
// flagged for staff instead of vanishing.
func lenientMessage(m Message, raw json.RawMessage) (Message, bool) {
	var f map[string]json.RawMessage
	if json.Unmarshal(raw, &f) != nil {
		return m, false
	}
	if json.Unmarshal(f["id"], &m.ID) != nil || m.ID == "" {
		return m, false
	}
	_ = json.Unmarshal(f["type"], &m.Type)
	var ts unixTime
	if json.Unmarshal(f["timestamp"], &ts) == nil {
		m.Timestamp = time.Time(ts)
	}
	m.Flag = "the message's fields have unexpected types"
	if from := bytes.TrimSpace(f["from"]); len(from) > 0 && from[0] != '"' {
		m.Flag = "the sender is not a string: " + string(from)
		if len(m.Flag) > 200 {
			m.Flag = m.Flag[:200]
		}
	}
	return m, true
}

func convErrors(ws []wireError) []Error {
	if len(ws) == 0 {
		return nil
	}
	out := make([]Error, len(ws))
	for i, w := range ws {
		out[i] = Error{Code: w.Code, Title: w.Title, Message: w.Message, Details: w.ErrorData.Details}
	}
	return out
}
