package understand

import (
	"slices"
	"testing"
)

// The twelfth session's classes of branch h19a (rounds 15 and 17: kitchen
// worktops, built-in wardrobes, air conditioners), on a small home
// appliance shop of its own (none of the blind sets' catalogs or
// sentences): water coolers standing and on the wall, cold only or hot and
// cold, whose vocabulary folds "بارد بس" into one word; washing machines;
// a hose sold by the metre.
const h19aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COOL-F,كولدير مياه ارضي بارد فقط,Standing water cooler cold only,كولدير مياه بارد,كولديرات,piece,6200,8,,أبيض|فضي
COOL-W,كولدير مياه حائط بارد فقط,Wall water cooler cold only,كولدير حائط,كولديرات,piece,5400,5,,أبيض
COOL-HC,كولدير مياه ارضي بارد ساخن,Standing water cooler hot and cold,كولدير ساخن,كولديرات,piece,7300,4,,أبيض|فضي
WM-8,غسالة فول اوتوماتيك 8 كيلو,Automatic washing machine 8 kg,غسالة 8 كيلو,غسالات,piece,14500,6,,أبيض|فضي
HOSE-M,خرطوم غسالة (بالمتر),Washing machine hose (per metre),خرطوم,اكسسوارات,meter,35,200,,
VALVE-A,محبس زاوية,Angle valve,محبس غسالة|محبس سخان|محبس فلتر,اكسسوارات,piece,90,100,,
`

const h19aVocab = `كولدير, كولديرات, مبرد مياه, cooler, water cooler
مياه, مية, ميه, maya, water
غسالة, غسالات, ghassala, washing machine
خرطوم, خراطيم, 5artoom, hose
محبس, محابس, ma7bas, valve
سخان, sa5an, heater
حائط, حيطة, wall, 7eta
بارد فقط, بارد بس, cold only, bared bas
بارد ساخن, بارد وساخن, سخن وبارد, hot and cold, hot cold, bared sa5en
ابيض, وايت, white, abyad => أبيض
`

// TestRules_FoldedPhraseSaysItsWords: a phrase the shop's vocabulary folds
// into one word ("بارد بس" with "بارد فقط") still says its own words, so
// a synonym holding one of them ("كولدير مياه بارد") is said whole and
// names its product over another one whose longer name only holds the
// folded phrase (the wall cooler): no "which one?" where the catalog's own
// synonym answers it. Hot-and-cold said is still the hot-and-cold one.
func TestRules_FoldedPhraseSaysItsWords(t *testing.T) {
	r := rulesFrom(t, h19aCSV, h19aVocab)
	checkItems(t, r, "عايز ٢ كولدير مياه بارد بس", Order, []wantItem{{"COOL-F", 2, "", nil}})
	checkItems(t, r, "3ayez 2 cooler maya bared bas", Order, []wantItem{{"COOL-F", 2, "", nil}})
	checkItems(t, r, "I need 2 water cooler cold only", Order, []wantItem{{"COOL-F", 2, "", nil}})
	checkItems(t, r, "عايز ٢ كولدير مياه بارد وساخن", Order, []wantItem{{"COOL-HC", 2, "", nil}})
	checkItems(t, r, "عايز كولدير حائط بارد بس", Order, []wantItem{{"COOL-W", 1, "", nil}})
}

// TestRules_TradeInIsForStaff: the customer offering the shop goods of
// their own to buy, or in part exchange ("ينفع ابيعهالكم؟", "بتشتروا
// الغسالات القديمة؟", "abee3halkom", "would you buy my old …"), is a
// question for a person — no line, and no complaint for the exchange asked
// beside it; a defect of what the shop sold, exchanged, stays a complaint.
func TestRules_TradeInIsForStaff(t *testing.T) {
	r := rulesFrom(t, h19aCSV, h19aVocab)
	for _, text := range []string{
		"عندي غسالة قديمة شغالة كويس، ينفع ابيعهالكم او ابدلها بجديدة وادفع الفرق؟",
		"بتشتروا الغسالات القديمة؟",
		"3andy ghassala 2adima, momken abee3halkom?",
		"would you buy my old washing machine if I take a new one?",
	} {
		if res := understandText(t, r, text); res.Intent != Other || len(res.Items) > 0 || len(res.Service) == 0 {
			t.Errorf("%s: %s %+v service %q, want a question for staff", text, res.Intent, res.Items, res.Service)
		}
	}
	checkIntents(t, r, []intentCase{
		{"الغسالة اللي اشتريتها منكم من اسبوع بتسرب مية، عايز ابدلها", Complaint},
	})
	checkItems(t, r, "عايز غسالة ٨ كيلو فضي", Order, []wantItem{{"WM-8", 1, "فضي", nil}})
}

// TestRules_WithItAnUnsoldThing: "ومعاه" / "وكمان" (and with it, and
// also) before a noun the catalog lacks and two describing words closed by
// a figure ("… ومعاه دولاب خشب زان 160") is another thing asked, read by
// a person: its figure is its own, never a size of the line before.
func TestRules_WithItAnUnsoldThing(t *testing.T) {
	r := rulesFrom(t, h19aCSV, h19aVocab)
	for _, text := range []string{
		"عايز خرطوم غسالة ٣ متر ومعاه دولاب خشب زان 160",
		"عايز خرطوم غسالة ٣ متر وكمان دولاب خشب زان 160",
	} {
		if res := understandText(t, r, text); len(res.Items) != 2 || res.Items[0].SKU != "HOSE-M" || res.Items[0].Quantity.Float() != 3 || slices.Contains(res.Items[0].DimsCM, 160) || res.Items[1].SKU != "" {
			t.Errorf("%s: got %+v, want 3 m of hose and an unread line", text, res.Items)
		}
	}
}

// TestRules_SharesForWordsOfOneProduct: a count shared out right after
// the goods, one for each thing ("٢ محبس زاوية واحد للغسالة وواحد
// للسخان", "محبسين واحد للغسالة وواحد للسخان"), when what each is for is
// a word of that one product's names, is the count told again: one line
// of two, never two and then one more (nor the washing machine it is for).
func TestRules_SharesForWordsOfOneProduct(t *testing.T) {
	r := rulesFrom(t, h19aCSV, h19aVocab)
	checkItems(t, r, "عايز ٢ محبس زاوية واحد للغسالة وواحد للسخان", Order, []wantItem{{"VALVE-A", 2, "", nil}})
	checkItems(t, r, "عايز محبسين واحد للغسالة وواحد للسخان", Order, []wantItem{{"VALVE-A", 2, "", nil}})
	checkItems(t, r, "3ayez 2 ma7bas zawya wa7ed lel ghassala w wa7ed lel sa5an", Order, []wantItem{{"VALVE-A", 2, "", nil}})
	checkItems(t, r, "I need 2 angle valves, one for the washing machine and one for the heater", Order, []wantItem{{"VALVE-A", 2, "", nil}})
}
