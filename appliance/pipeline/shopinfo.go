package pipeline

import (
	"strings"

	"fatoora/appliance/understand"
	"fatoora/catalog/arabic"
)

// ShopFacts are what the box tells a customer who asks about the shop
// itself (RuleShopInfo): its opening hours and address as the owner wrote
// them (Arabic), their English texts for an English conversation, and a
// maps link sent under the address. An empty one is a fact the shop did
// not give: a question about it goes to staff.
type ShopFacts struct {
	Hours, HoursEN     string
	Address, AddressEN string
	MapURL             string
}

// Knows is which questions about the shop the facts answer.
func (f ShopFacts) Knows() understand.ShopTopic {
	var k understand.ShopTopic
	if strings.TrimSpace(f.Hours) != "" {
		k |= understand.ShopHours
	}
	if strings.TrimSpace(f.Address) != "" {
		k |= understand.ShopWhere
	}
	return k
}

// names: the word is in the shop's own address, Arabic or English ("مدينة
// نصر" asked of a shop in Nasr City): the address answers it, nothing
// to confirm.
func (f ShopFacts) names(w string) bool {
	k := arabic.Normalize(strings.ToLower(w))
	return k != "" && (strings.Contains(arabic.Normalize(f.Address), k) || strings.Contains(strings.ToLower(f.AddressEN), k))
}

// shopInfo answers a question about the shop itself: the hours and/or the
// address (with the maps link) asked, in the conversation's language
// (the Arabic text when the shop gave no English one), after a hello on
// the conversation's first reply.
//
// What the question asked of beyond the settings (beyond: a place named,
// a season) is said to be confirmed by a person.
func (r replies) shopInfo(asked understand.ShopTopic, f ShopFacts, beyond []string) string {
	var b strings.Builder
	if asked&understand.ShopHours != 0 {
		b.WriteString(r.say("مواعيدنا: "+f.Hours, "Our opening hours: "+r.nameOf(f.Hours, f.HoursEN)))
	}
	if asked&understand.ShopWhere != 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(r.say("عنواننا: "+f.Address, "Our address: "+r.nameOf(f.Address, f.AddressEN)))
		if f.MapURL != "" {
			b.WriteString("\n📍 " + f.MapURL)
		}
	}
	if len(beyond) > 0 {
		what := strings.Join(beyond, " ")
		b.WriteString(r.say("\nوبخصوص «"+what+"» حد من المعرض هيأكدلك.", "\nSomeone from the shop will confirm about «"+what+"»."))
	}
	b.WriteString(r.say("\nنتشرف بزيارتك 🌷", "\nWe look forward to your visit 🌷"))
	return r.hi("👋\n", b.String())
}
