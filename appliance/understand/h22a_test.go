package understand

import "testing"

// Round 20 and 21's misses (branch h22a), on a small office-supplies shop
// of its own (none of the blind sets' catalogs or sentences): paper by
// the ream and by the metre, a paper tray, printers and their toner, printer cables by length,
// desks and chairs in colours, a tea tray, a photocopier
// for rent by the month, a delivery.
const h22aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAPER,ورق طباعة A4,A4 printing paper,رزمة ورق طباعة,ورق,piece,180,500,,
KRAFT,ورق كرافت لف,Kraft wrapping paper,ورق تغليف,ورق,meter,25,,,
TRAY,درج ورق طباعة,Paper tray,درج طابعة,اكسسوارات,piece,150,40,بلاستيك,أسود|رمادي
PRN,طابعة ليزر,Laser printer,برنتر ليزر,طابعات,piece,7500,10,,
TONER,حبر طابعة ليزر,Laser toner,تونر|حبر ليزر,طابعات,piece,1400,30,,
DESK,مكتب خشب 120 سم,Wooden desk 120 cm,ترابيزة مكتب,مكاتب,piece,4200,8,خشب,بني|أبيض
CHAIR,كرسي مكتب دوار,Swivel office chair,كرسي دوار,كراسي,piece,2300,15,جلد,أسود|رمادي
CBL-1.5,كابل طابعة 1.5 متر,Printer cable 1.5 m,كابل واحد ونص,كابلات,piece,90,60,,
CBL-2.5,كابل طابعة 2.5 متر,Printer cable 2.5 m,كابل اتنين ونص,كابلات,piece,110,60,,
CBL-3,كابل طابعة 3 متر,Printer cable 3 m,كابل تلاتة متر,كابلات,piece,130,60,,
TEA,صينية شاي ستانلس,Stainless tea tray,صينية تقديم,بوفيه,piece,220,30,ستانلس,
RENT-COPY,إيجار ماكينة تصوير شهري,Photocopier rental per month,تأجير ماكينة تصوير,إيجار,piece,1500,,,
DELIV,توصيل,Delivery,شحن,خدمات,piece,100,,,
`

const h22aVocab = `ورق طباعة, ورق تصوير, ورق ايه فور, wara2 teba3a, printing paper
طابعة, برنتر, printer
حبر, تونر, toner
مكتب, maktab, desk
كرسي, كراسي, korsy, chair
توصيل, شحن, delivery
ايجار, إيجار, تأجير, rent, rental
اسود, بلاك, سودا, black => أسود
رمادي, جراي, grey => رمادي
بني, brown => بني
ابيض, بيضا, white => أبيض
`

// TestRules_TermSaidShort: a product's name holding a term the vocabulary
// spells in several words ("درج ورق طباعة" of "ورق طباعة"), said with the
// term's first word only ("درج ورق"), is that product: the word, though it
// begins another product's name, opens no line of its own. Joined by و
// it is another product still.
func TestRules_TermSaidShort(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز درج ورق اسود", []wantItem{{"TRAY", 1, "أسود", nil}}},
		{"٢ رزمة ورق تصوير ودرج ورق رمادي", []wantItem{{"PAPER", 2, "", nil}, {"TRAY", 1, "رمادي", nil}}},
		{"3ayez dorg wara2 eswed", []wantItem{{"TRAY", 1, "أسود", nil}}},
		{"عايز درج اسود وورق طباعة", []wantItem{{"TRAY", 1, "أسود", nil}, {"PAPER", 1, "", nil}}},
		{"عايز درج رمادي و٣ متر ورق كرافت", []wantItem{{"TRAY", 1, "رمادي", nil}, {"KRAFT", 3, "", nil}}},
		{"عايز درج وورق كرافت ٥ متر", []wantItem{{"TRAY", 1, "", nil}, {"KRAFT", 5, "", nil}}},
	})
}

// TestRules_BusinessOpened: the customer's own business told with the
// verb "to open" ("فاتحين مكتب جديد", "لسه فتحنا محل") is the story, never
// goods, though the shop sells a desk by that word; what is asked after
// it is the order.
func TestRules_BusinessOpened(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkCases(t, r, Order, []itemCase{
		{"السلام عليكم، فاتحين مكتب جديد في التجمع ومحتاجين ٣ كرسي دوار اسود", []wantItem{{"CHAIR", 3, "أسود", nil}}},
		{"احنا لسه فاتحين مكتب محاسبة، عايزين طابعة ليزر و٢ حبر", []wantItem{{"PRN", 1, "", nil}, {"TONER", 2, "", nil}}},
		{"e7na fat7een maktab gedid w me7tageen 3 korsy dawar eswed", []wantItem{{"CHAIR", 3, "أسود", nil}}},
		{"عايز مكتب خشب بني و٢ كرسي دوار رمادي", []wantItem{{"DESK", 1, "بني", nil}, {"CHAIR", 2, "رمادي", nil}}},
	})
}

// TestRules_FigureInWords: a figure said in words with its half right
// after the head noun ("كابل واحد ونص", as the shop's own synonym writes
// it) is the figure the names give ("1.5 متر"), never a count or a size.
func TestRules_FigureInWords(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٢ كابل طابعة واحد ونص", []wantItem{{"CBL-1.5", 2, "", nil}}},
		{"عايز كابل واحد ونص وطابعة ليزر", []wantItem{{"CBL-1.5", 1, "", nil}, {"PRN", 1, "", nil}}},
		{"عايز كابل اتنين ونص", []wantItem{{"CBL-2.5", 1, "", nil}}},
		{"عايز ورق كرافت متر ونص", []wantItem{{"KRAFT", 1.5, "", nil}}},
	})
}

// TestRules_MindYouIfYouCan: "خلي بالك" (mind you) before an
// instruction, "لو تقدر" (if you can) before when it is wanted, English
// "book a …" before a service, and the future of needing ("وهنحتاج …")
// are words of the request, none unexplained beside the lines.
func TestRules_MindYouIfYouCan(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkPlaced(t, r, "عايز ٣ كرسي دوار اسود، وخلي بالك الفاتورة باسم الشركة", Order, []wantItem{{"CHAIR", 3, "أسود", nil}})
	checkPlaced(t, r, "محتاج طابعة ليزر و٢ حبر، لو تقدر تبعتهم بكرة", Order, []wantItem{{"PRN", 1, "", nil}, {"TONER", 2, "", nil}})
	checkPlaced(t, r, "I need a laser printer and 2 toners, and book a delivery please", Order, []wantItem{{"PRN", 1, "", nil}, {"TONER", 2, "", nil}, {"DELIV", 1, "", nil}})
	checkPlaced(t, r, "عايزين مكتب خشب ابيض وهنحتاج ٢ كرسي دوار رمادي", Order, []wantItem{{"DESK", 1, "أبيض", nil}, {"CHAIR", 2, "رمادي", nil}})
}

// TestRules_DefectSaidOfHer: a defect verb said of a feminine noun or to
// you ("الطابعة بتسرب حبر", "بتخر") is the complaint its masculine form
// ("بيسرب") is, never an order for what it names.
func TestRules_DefectSaidOfHer(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkIntents(t, r, []intentCase{
		{"الطابعة اللي جت من عندكم بتسرب حبر", Complaint},
		{"الطابعة بعد زيارة الفني بقت بتخر حبر على الورق", Complaint},
	})
}

// TestRules_PluralFawaai: a noun of the pattern فيعلية ("صينية") said in
// its broken plural فواعي ("صواني") is that noun, counted.
func TestRules_PluralFawaai(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkPlaced(t, r, "عايز ٤ صواني شاي و٢ رزمة ورق طباعة", Order, []wantItem{{"TEA", 4, "", nil}, {"PAPER", 2, "", nil}})
}

// TestRules_RentingSaid: the customer's own verb of renting ("نأجر",
// "أأجر") is the shop's rent where the catalog sells one, its periods
// said after "لمدة" counted; "لمدة" is the period's word.
func TestRules_RentingSaid(t *testing.T) {
	r := rulesFrom(t, h22aCSV, h22aVocab)
	checkPlaced(t, r, "عايزين نأجر ماكينة تصوير لمدة ٣ شهور", Order, []wantItem{{"RENT-COPY", 3, "", nil}})
	checkPlaced(t, r, "محتاج أأجر ماكينة تصوير شهرين", Order, []wantItem{{"RENT-COPY", 2, "", nil}})
}
