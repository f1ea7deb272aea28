package understand

import "testing"

// Round 35's first-contact classes (branch h35b), on a small electrical
// supplies shop of its own (none of the blind sets' catalogs or
// sentences): sockets singly and by the pack of 10, bulbs singly and by
// the dozen, fuses singly and in a box of 12 (the box out of stock),
// cable by the metre.
const h35bElectricCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOCK-1,بريزة سيف (بالواحدة),Safe socket (single),بريزة|بريزة سيف,برايز,piece,25,300,,
SOCK-10,بريزة سيف (باكو 10),Safe socket (pack of 10),باكو بريز|باكو برايز,برايز,piece,220,20,,
LAMP-1,لمبة ليد 9 وات,LED bulb 9 W,لمبة ليد|لمبة,لمبات,piece,40,300,,
LAMP-12,دستة لمبات ليد 9 وات,LED bulbs 9 W dozen,دستة لمبات,لمبات,piece,420,20,,
FUSE-1,فيوز 16 امبير,Fuse 16 A,فيوز,قواطع,piece,30,100,,
FUSE-BOX,علبة فيوز 16 امبير 12 قطعة,Box of 12 fuses 16 A,علبة فيوز,قواطع,piece,300,0,,
CABLE,سلك نحاس 2 مم,Copper cable 2 mm,سلك|كابل,كابلات,meter,15,,,
`

const h35bElectricVocab = `بريزة, برايز, بريزه, bareeza, bareza, socket, sockets
لمبة, لمبات, lamba, lambat, bulb, bulbs
سلك, selk, cable
فيوز, fuse, fuses
باكو, bako, pack
`

// TestRules_PackNamedAfterALine: a count and a pack noun ("و٢ باكو
// بريزة", Franco "w 2 bako bareeza") after another line, of goods the shop
// sells both singly and in that pack, is that many packs — the pack
// product, as before any line — never as many singles.
func TestRules_PackNamedAfterALine(t *testing.T) {
	r := rulesFrom(t, h35bElectricCSV, h35bElectricVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ متر سلك و٢ باكو بريزة سيف", []wantItem{{"CABLE", 10, "", nil}, {"SOCK-10", 2, "", nil}}},
		{"عايز فيوز ١٦ امبير و٣ باكو بريزة", []wantItem{{"FUSE-1", 1, "", nil}, {"SOCK-10", 3, "", nil}}},
		{"3ayez 10 metr selk w 2 bako bareeza", []wantItem{{"CABLE", 10, "", nil}, {"SOCK-10", 2, "", nil}}},
		// no pack said: the singles
		{"عايز ١٠ متر سلك و٢ بريزة سيف", []wantItem{{"CABLE", 10, "", nil}, {"SOCK-1", 2, "", nil}}},
	})
}

// TestRules_DozenOfGoodsSoldBothWays: a count in whole dozens ("دستة
// لمبات", "٢ دستة", Franco "dasta", English "a dozen") of goods the shop
// sells both singly and by the dozen — a name saying "دستة"/"dozen", or a
// box of 12 — is that many of the dozen product (out of stock: that
// product, for the clerk to offer what there is), never twelve singles; a
// half dozen is six singles.
func TestRules_DozenOfGoodsSoldBothWays(t *testing.T) {
	r := rulesFrom(t, h35bElectricCSV, h35bElectricVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز دستة لمبات ليد ٩ وات", []wantItem{{"LAMP-12", 1, "", nil}}},
		{"عايز ٢ دستة لمبات ليد", []wantItem{{"LAMP-12", 2, "", nil}}},
		{"لمبات ليد ٩ وات ٢ دستة", []wantItem{{"LAMP-12", 2, "", nil}}},
		{"3ayez dasta lambat led", []wantItem{{"LAMP-12", 1, "", nil}}},
		{"I need a dozen LED bulbs", []wantItem{{"LAMP-12", 1, "", nil}}},
		{"عايز دستة فيوز ١٦ امبير", []wantItem{{"FUSE-BOX", 1, "", nil}}},
		{"عايز نص دستة لمبات ليد", []wantItem{{"LAMP-1", 6, "", nil}}},
		{"عايز ١٢ لمبة ليد", []wantItem{{"LAMP-1", 12, "", nil}}},
	})
}

// h35bPrintCSV: a print shop's flyers per sheet single- and double-sided,
// beside stickers per sheet whose name states no side (its synonym "ورق
// الوان" shares the customer's words).
const h35bPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLY-1,فلاير ألوان وش واحد (للورقة),Colour flyer single-sided (per sheet),,فلايرات,piece,2,,,
FLY-2,فلاير ألوان وش وضهر (للورقة),Colour flyer double-sided (per sheet),,فلايرات,piece,3,,,
STICK,ستيكر ألوان (للورقة),Colour sticker (per sheet),ورقة ستيكر|ورق الوان,ستيكرات,piece,5,,,
`

// TestRules_SideSaidChoosesSided: a side said ("وش واحد", "وش وضهر",
// English "single-sided") with words other goods share ("ورق الوان")
// chooses among the goods whose names state a side, never stickers whose
// name states none.
func TestRules_SideSaidChoosesSided(t *testing.T) {
	r := rulesFrom(t, h35bPrintCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢٠٠ ورقة الوان وش واحد", []wantItem{{"FLY-1", 200, "", nil}}},
		{"عايز ٢٠٠ ورق الوان وش وضهر", []wantItem{{"FLY-2", 200, "", nil}}},
		{"200 colour sheets single-sided", []wantItem{{"FLY-1", 200, "", nil}}},
		{"عايز ٥٠ ورقة ستيكر", []wantItem{{"STICK", 50, "", nil}}},
	})
}
