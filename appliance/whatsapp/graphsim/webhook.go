package graphsim

import (
	"strconv"
	"time"
)

// The webhook payload Meta posts for the "messages" field, in Meta's field
// order. Serialise it with MetaJSON and sign it with Sign.
type (
	// Webhook is the whole POST body.
	Webhook struct {
		Object string  `json:"object"` // always "whatsapp_business_account"
		Entry  []Entry `json:"entry"`
	}
	// Entry is one WhatsApp Business Account's changes.
	Entry struct {
		ID      string   `json:"id"` // the WABA id
		Changes []Change `json:"changes"`
	}
	// Change is one notification.
	Change struct {
		Value Value  `json:"value"`
		Field string `json:"field"` // "messages"
	}
	// Value holds the messages and statuses of one business number.
	Value struct {
		MessagingProduct string    `json:"messaging_product"`
		Metadata         Metadata  `json:"metadata"`
		Contacts         []Contact `json:"contacts,omitempty"`
		Messages         []Inbound `json:"messages,omitempty"`
		Statuses         []Status  `json:"statuses,omitempty"`
	}
	// Metadata names the business number the notification is for.
	Metadata struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		PhoneNumberID      string `json:"phone_number_id"`
	}
	// Contact is the customer who wrote.
	Contact struct {
		Profile Profile `json:"profile"`
		WaID    string  `json:"wa_id"`
	}
	// Profile is the customer's WhatsApp profile.
	Profile struct {
		Name string `json:"name"`
	}
	// Inbound is one customer message. Only the types the simulator sends
	// are modelled: text and interactive replies.
	Inbound struct {
		Context     *Context            `json:"context,omitempty"`
		From        string              `json:"from"`
		ID          string              `json:"id"`
		Timestamp   string              `json:"timestamp"` // unix seconds, as a string
		Text        *Text               `json:"text,omitempty"`
		Interactive *InboundInteractive `json:"interactive,omitempty"`
		Type        string              `json:"type"`
	}
	// Context points at the business message a reply answers.
	Context struct {
		From string `json:"from"` // the business display number
		ID   string `json:"id"`   // wamid of the message that held the buttons
	}
	// Text is a text message's content.
	Text struct {
		Body string `json:"body"`
	}
	// InboundInteractive is a customer's tap on a reply button or a list row.
	InboundInteractive struct {
		Type        string `json:"type"` // "button_reply" or "list_reply"
		ButtonReply *Reply `json:"button_reply,omitempty"`
		ListReply   *Reply `json:"list_reply,omitempty"`
	}
	// Reply is the id and title of the tapped button or row.
	Reply struct {
		ID          string `json:"id"`
		Title       string `json:"title"`
		Description string `json:"description,omitempty"`
	}
	// Status reports what happened to a message the business sent.
	Status struct {
		ID          string `json:"id"`
		Status      string `json:"status"` // sent, delivered, read, failed
		Timestamp   string `json:"timestamp"`
		RecipientID string `json:"recipient_id"`
		// BizOpaqueCallbackData echoes the send's biz_opaque_callback_data.
		BizOpaqueCallbackData string        `json:"biz_opaque_callback_data,omitempty"`
		Conversation          *Conversation `json:"conversation,omitempty"`
		Pricing               *Pricing      `json:"pricing,omitempty"`
		Errors                []StatusError `json:"errors,omitempty"`
	}
	// Conversation is Meta's conversation (billing) window.
	Conversation struct {
		ID                  string  `json:"id"`
		ExpirationTimestamp string  `json:"expiration_timestamp,omitempty"`
		Origin              *Origin `json:"origin,omitempty"`
	}
	// Origin says who opened the conversation.
	Origin struct {
		Type string `json:"type"`
	}
	// Pricing is how the message is billed.
	Pricing struct {
		Billable     bool   `json:"billable"`
		PricingModel string `json:"pricing_model"`
		Category     string `json:"category"`
	}
	// StatusError explains a failed status.
	StatusError struct {
		Code      int        `json:"code"`
		Title     string     `json:"title"`
		Message   string     `json:"message"`
		ErrorData *ErrorData `json:"error_data,omitempty"`
	}
	// ErrorData carries the details of an error.
	ErrorData struct {
		Details string `json:"details"`
	}
)

// NewWebhook wraps one Value in the envelope Meta sends.
func NewWebhook(wabaID string, v Value) Webhook {
	v.MessagingProduct = "whatsapp"
	return Webhook{
		Object: "whatsapp_business_account",
		Entry:  []Entry{{ID: wabaID, Changes: []Change{{Value: v, Field: "messages"}}}},
	}
}

// Timestamp formats t the way webhooks carry times: unix seconds as a string.
func Timestamp(t time.Time) string { return strconv.FormatInt(t.Unix(), 10) }
