package understand

import (
	"context"

	"fatoora/catalog"
)

// Intent is what the customer wants from the shop.
type Intent string

// The intents a message can have.
const (
	Order     Intent = "order"
	Inquiry   Intent = "inquiry"
	Complaint Intent = "complaint"
	Other     Intent = "other"
)

// Valid reports whether i is one of the four intents.
func (i Intent) Valid() bool {
	switch i {
	case Order, Inquiry, Complaint, Other:
		return true
	}
	return false
}

// Candidate is another catalog product close to what an item's phrase says,
// offered when the choice is uncertain.
type Candidate struct {
	Product *catalog.Product
	Score   float64 // 0..1, higher is closer
	// Count is how many of Product the customer's words ask for when it
	// is the one picked, where that differs from the item's count: six
	// chairs said beside a set of six are one set ("6 كراسي سفرة" asked
	// between the chairs and "طقم 6 كراسي سفرة"); 0 is the item's count.
	Count float64
}

// Item is one line the customer asked about.
type Item struct {
	SKU      string // "" when the phrase names no catalog product
	Product  *catalog.Product
	Quantity catalog.Milli // in the product's unit (count, metres, m²)
	Color    string        // canonical catalog colour, "" if none stated
	Material string
	DimsCM   []int // stated dimensions in cm, in the order written
	// SaidColor: on a line still open between products (no SKU), the
	// canonical colour the customer said of it, for the product picked
	// next (extract writes no colour on such a line).
	SaidColor string
	Phrase    string // the text this item came from
	// Confidence is how sure the understander is of this line, 0..1.
	Confidence float64
	// Ambiguous lists other close products when the choice is uncertain.
	Ambiguous []Candidate
	// Missing is what a clerk would ask: "color" (the product has more than
	// one colour and none was stated), "size" (sold by m² with no size),
	// "count" (several asked in the plural, how many not said).
	Missing []string
	// Vague: the customer named a kind several products share equally
	// ("عايز مرتبة"): SKU is "" and Ambiguous lists the products to ask
	// between.
	Vague bool
	// Lacks are words the customer said of this item that the chosen
	// product is not (a material, a kind, a use: "suede" when the closest
	// product is leather). A product that lacks what was asked is a
	// substitute: offered, never invoiced on its own.
	Lacks []string
	// Unread: SKU is "" yet the phrase holds a word of the catalog's own
	// products ("وحدة حوض …", "بالنجيلة"): the box failed to read
	// something the shop may sell, which is not the same as a thing it
	// does not carry.
	Unread bool

	uncounted bool // said in the plural with no count ("وكالونات")
	question  int  // how many question marks came before the line: which question it is in
	// ofGoods: a service whose quantity is the goods' beside it
	// (serviceOfGoods); asked: said in a question ("والتركيب عليكم ولا
	// علينا؟"), which may be about the service, not an order of it
	ofGoods, asked bool
	unsized        bool // sold by the metre or m², no length or area said (less sure for an order)
	workless       bool // a work on goods chosen by its object's words alone, the work not said (workon.go)
	plainBand      bool // the ordinary kind's bands, the bare kind said (plainbands.go)
	zoned          bool // a line priced by zone and weight band, chosen by the place and weight said (zones.go)
	end            int  // the token after the line's last, +1 (0: not from a draft)
	start          int  // the line's first token (with end)
}

// Result is the understanding of one message.
type Result struct {
	Intent      Intent
	Items       []Item
	Confidence  float64  // overall 0..1
	Unexplained []string // words the rules could not place (filler words excluded)
	Source      string   // "rules" | "model" | "rules+model"
	// Service lists the shop-service topics (delivery, installation,
	// branches, hours, payment terms) a message with no product asks
	// about, as the customer wrote them: a question for staff.
	Service []string
	// ShopAsked: every question of Service asks the shop's opening hours
	// or where it is (ShopHours, ShopWhere), which the shop's settings
	// may answer; 0 when there is none, or when some question is another
	// (delivery, installation, payment, a branch, …: a person's).
	ShopAsked ShopTopic
	// ShopBeyond are the words of a question about the shop that its
	// settings may not cover: a place named ("المهندسين" of "انتو فين في
	// المهندسين؟", "Alexandria" of "do you have a branch in Alexandria?"),
	// a season ("مواعيدكم ايه في رمضان؟"). The question is answered from
	// the settings, and a person confirms what was asked of them.
	ShopBeyond []string
	// Notes are short operator-facing remarks (for example a model timeout).
	Notes []string
}

// Understander reads one message.
type Understander interface {
	Understand(ctx context.Context, text string) (Result, error)
}

// Model is a language-model understander (implemented over Ollama by the
// model package). It sees the whole message and the top catalog candidates
// and answers with SKUs from those candidates; its answer is validated
// before use, and prices never come from it.
type Model interface {
	Extract(ctx context.Context, text string, candidates []catalog.Product) (ModelAnswer, error)
	Name() string
}

// ModelAnswer is a model's raw answer, before validation.
type ModelAnswer struct {
	Intent Intent
	Items  []ModelItem
}

// ModelItem is one line of a model's answer. Quantity is in the product's
// unit; Color should be one of the product's canonical colours.
type ModelItem struct {
	SKU      string
	Quantity float64
	Color    string
	DimsCM   []int
}
