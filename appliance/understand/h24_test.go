package understand

import (
	"context"
	"slices"
	"testing"
)

// Round 24's first-contact classes (branch h24), on a grocery wholesaler
// of its own (none of the blind sets' catalogs or sentences): oil and tea
// sold single and by the carton, sugar by the kilo and by the sack, rice,
// a delivery.
const h24CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OIL-1,زيت ذرة لتر,Corn oil 1 L,زيت ذره|زيت عباد,زيوت,piece,95,300,,
OIL-CTN,زيت ذرة كرتونة 12 زجاجة,Corn oil carton of 12,كرتونة زيت ذرة,زيوت,piece,1100,40,,
TEA-1,شاي ناعم ربع كيلو,Loose tea 250 g,شاي|شاي فرط,مشروبات,piece,60,200,,
TEA-BOX,شاي فتلة علبة 100 كيس,Tea bags box of 100,شاي فتلة|شاي اكياس,مشروبات,piece,110,80,,
RICE,أرز مصري كيلو,Egyptian rice 1 kg,رز|رز مصري,حبوب,piece,35,500,,
SUGAR-SACK,سكر (شيكارة 50 كيلو),Sugar 50 kg sack,سكر جملة,سكر,piece,1800,20,,
DELIV,توصيل,Delivery,شحن,خدمات,piece,50,,,
`

const h24Vocab = `زيت, زيوت, zeit, oil
كرتونة, كرتونه, كرتون, carton, kartona
شاي, shai, tea
رز, ارز, roz, rice
سكر, sokkar, sugar
توصيل, شحن, delivery
`

// TestRules_PackChoosesProduct: a pack word said with a count ("٢ كرتونة
// زيت ذرة", the plural "كراتين", Franco "kartona", English "cartons of"),
// where the catalog sells those goods both single and in that pack (a name
// holding the pack: "زيت ذرة كرتونة ١٢ زجاجة"), is the product sold in the
// pack; goods the shop sells in one pack only ("٣ شكاير سكر") are counted
// in it, and goods said with no pack are the single ones.
func TestRules_PackChoosesProduct(t *testing.T) {
	r := rulesFrom(t, h24CSV, h24Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٥ كيلو رز و٢ كرتونة زيت ذرة", []wantItem{{"RICE", 5, "", nil}, {"OIL-CTN", 2, "", nil}}},
		{"محتاج ٣ كراتين زيت ذرة", []wantItem{{"OIL-CTN", 3, "", nil}}},
		{"3ayez 2 kartona zeit dora", []wantItem{{"OIL-CTN", 2, "", nil}}},
		{"I need 2 cartons of corn oil", []wantItem{{"OIL-CTN", 2, "", nil}}},
		{"عايز ٤ زيت ذرة", []wantItem{{"OIL-1", 4, "", nil}}},
		{"عايز ٣ شكاير سكر", []wantItem{{"SUGAR-SACK", 3, "", nil}}},
		{"عايز ٢ علبة شاي فتلة و٣ شاي ناعم", []wantItem{{"TEA-BOX", 2, "", nil}, {"TEA-1", 3, "", nil}}},
	})
}

// TestRules_DeliveredOpenedSpilled: goods that came ("اللي وصلني",
// "جالي") told as opened or spilled ("كان مفتوح", "نصه واقع", "مدلوق",
// "arrived opened") are a complaint, never a greeting nor an order; a shop
// asked whether it is open is no complaint.
func TestRules_DeliveredOpenedSpilled(t *testing.T) {
	r := rulesFrom(t, h24CSV, h24Vocab)
	checkIntents(t, r, []intentCase{
		{"كرتونة الزيت اللي وصلتني امبارح كانت مفتوحة", Complaint},
		{"شيكارة السكر اللي جاتلي نصها واقع", Complaint},
		{"الشاي جالي مدلوق في الكيس", Complaint},
		{"the oil carton I received was opened and one bottle spilled", Complaint},
		{"انتو فاتحين النهارده؟", Other},
	})
}

// TestRules_FrancoLastYa: a Franco word ending on a consonant ("bon",
// "ward") is no catalog word whose Arabic ends in a said ي though the
// consonants are the same ("بني", a colour): the word without it (بن)
// where the catalog has one; written with its vowel ("bonny") it is the
// colour.
func TestRules_FrancoLastYa(t *testing.T) {
	r := rulesFrom(t, h24CSV+`COFFEE,بن برازيلي كيلو,Brazilian coffee 1 kg,بن|قهوة برازيلي,مشروبات,piece,450,50,,
MUG,مج قهوة,Coffee mug,مج|كوباية قهوة,أدوات,piece,60,100,سيراميك,بني|أبيض
`, h24Vocab+`بني, bonny, brown => بني
ابيض, abyad, white => أبيض
`)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 2 bon brazily", []wantItem{{"COFFEE", 2, "", nil}}},
		{"3ayez 3 mug bonny w 2 abyad", []wantItem{{"MUG", 3, "بني", nil}, {"MUG", 2, "أبيض", nil}}},
		{"عايز ٢ بن برازيلي", []wantItem{{"COFFEE", 2, "", nil}}},
	})
}

// A small network shop for English figures naming the goods.
const h24NetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SW-8,سويتش PoE 8 بورت,PoE switch 8 ports,,شبكات,piece,900,20,,
SW-16,سويتش PoE 16 بورت,PoE switch 16 ports,,شبكات,piece,1700,20,,
SW-24,سويتش PoE 24 بورت,PoE switch 24 ports,,شبكات,piece,2600,20,,
RTR,راوتر واي فاي,WiFi router,راوتر,شبكات,piece,1200,30,,
`

// TestRules_CountThenNamedFigure: in English a count right before a figure
// the names give with the word after it ("one 8 port PoE switch", "2 16
// port PoE switches") counts; the figure chooses which goods, as after "a" or "an".
func TestRules_CountThenNamedFigure(t *testing.T) {
	r := rulesFrom(t, h24NetCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"I need one 8 port PoE switch and a wifi router", []wantItem{{"SW-8", 1, "", nil}, {"RTR", 1, "", nil}}},
		{"please send 2 16 port PoE switches", []wantItem{{"SW-16", 2, "", nil}}},
		{"I need three 24 port PoE switches", []wantItem{{"SW-24", 3, "", nil}}},
		{"I need a 16 port PoE switch", []wantItem{{"SW-16", 1, "", nil}}},
	})
}

// TestRules_ComingWith: what the customer says they come with or by ("انا
// جايلك بكرة بالعربية", "هاجي بعربيتي", "coming with my car") is the story,
// never goods, though the shop sells a thing named after it (a shopping
// trolley, "عربية تسوق"); "تعملي" (do me) asks for what follows.
func TestRules_ComingWith(t *testing.T) {
	r := rulesFrom(t, h24CSV+"TROLLEY,عربية تسوق,Shopping trolley,عربية سوبر ماركت,أدوات,piece,350,10,,أحمر|أزرق\n",
		h24Vocab+"احمر, حمرا, red => أحمر\nازرق, زرقا, blue => أزرق\n")
	checkPlaced(t, r, "انا جايلك بكرة بالعربية وعايز ٣ كرتونة زيت ذرة", Order, []wantItem{{"OIL-CTN", 3, "", nil}})
	checkPlaced(t, r, "هاجي بعربيتي الصبح، محتاجين ٥ كيلو رز", Order, []wantItem{{"RICE", 5, "", nil}})
	checkPlaced(t, r, "I'm coming with my car tomorrow, I need 2 cartons of corn oil", Order, []wantItem{{"OIL-CTN", 2, "", nil}})
	checkPlaced(t, r, "ممكن تعملي توصيل ل ٥ كيلو رز", Order, []wantItem{{"DELIV", 1, "", nil}, {"RICE", 5, "", nil}})
	checkCases(t, r, Order, []itemCase{
		{"عايز عربية تسوق حمرا", []wantItem{{"TROLLEY", 1, "أحمر", nil}}},
	})
}

// A small pest-control and water-tank shop for people asked to come: a
// service by the visit in two kinds, tanks and their filters.
const h24VisitCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SPRAY-FLAT,رش مبيدات شقة,Apartment pest spraying,رش شقة|مكافحة حشرات شقة,خدمات,piece,600,,,
SPRAY-VILLA,رش مبيدات فيلا,Villa pest spraying,رش فيلا|مكافحة حشرات فيلا,خدمات,piece,1500,,,
TANK-500,خزان مياه 500 لتر,Water tank 500 L,خزان ٥٠٠,خزانات,piece,2200,10,بلاستيك,أبيض|أزرق
TANK-1000,خزان مياه 1000 لتر,Water tank 1000 L,خزان ١٠٠٠,خزانات,piece,3600,10,بلاستيك,أبيض|أزرق
FLT,فلتر خزان,Tank filter,فلتر,فلاتر,piece,350,30,,
`

const h24VisitVocab = `رش, مكافحة, spraying
خزان, خزانات, tank, tanks
مبيدات, مبيد, حشرات
ابيض, white => أبيض
ازرق, blue => أزرق
`

// TestRules_PersonToComeForGoods: a person of the shop asked to come or
// sent ("ممكن حد ييجي يشوف الخزانات القديمة اللي عندي", "تبعتولي عاملة
// رش تيجي البيت") beside goods no line chooses (a kind several products
// share) is a question for staff: what the person is to see or do, never
// "which of these?"; goods counted and chosen beside a visit stay the order.
func TestRules_PersonToComeForGoods(t *testing.T) {
	r := rulesFrom(t, h24VisitCSV, h24VisitVocab)
	checkForStaff(t, r, "ممكن حد ييجي يشوف الخزانات القديمة اللي عندي ويقولي تنفع ولا لا؟", "ممكن تبعتولي عاملة رش تيجي البيت كل شهر؟")
	checkCases(t, r, Order, []itemCase{
		{"عايز خزان مياه 1000 لتر ابيض وفلتر، وممكن حد ييجي يركبه", []wantItem{{"TANK-1000", 1, "أبيض", nil}, {"FLT", 1, "", nil}}},
	})
}

// TestRules_SetNamedByItsPartsSaid: a set the catalog names by its parts
// joined with و ("طقم كنكة وفناجين بصينية"), said so with the vocabulary's
// words for them (Franco "kanaka w fanageen", English "pot and cups set") is
// one line; a part said with a word of another product after it ("كنكة
// وفناجين بورسلين") is two.
func TestRules_SetNamedByItsPartsSaid(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT,كنكة قهوة ستانلس,Stainless coffee pot,كنكة,أدوات,piece,120,50,ستانلس,فضي|ذهبي
CUPS,فناجين بورسلين 6 قطع,Porcelain cups set of 6,فناجين,أدوات,piece,300,40,بورسلين,أبيض|ذهبي
SET,طقم كنكة وفناجين بصينية,Coffee pot and cups set with tray,طقم قهوة,أدوات,piece,650,20,ستانلس,فضي|ذهبي
`, `كنكة, كنكه, kanaka, pot
فناجين, فنجان, فناجيل, fanageen, cups
صينية, صينيه, sanya, tray
فضي, silver, fedy => فضي
ذهبي, دهبي, gold, dahaby => ذهبي
ابيض, white => أبيض
`)
	checkCases(t, r, Order, []itemCase{
		{"عايز طقم كنكة وفناجين بصينية دهبي", []wantItem{{"SET", 1, "ذهبي", nil}}},
		{"3ayez ta2m kanaka w fanageen be sanya dahaby", []wantItem{{"SET", 1, "ذهبي", nil}}},
		{"عايز كنكة فضي وفناجين بورسلين ابيض", []wantItem{{"POT", 1, "فضي", nil}, {"CUPS", 1, "أبيض", nil}}},
	})
}

// TestRules_WhenSomeoneIsThere: when someone of the shop is there
// ("الدكتور بيبقى موجود امتى؟", "المهندس موجود امتى؟") and where the shop
// is ("والمحل فين؟", "فين المعرض") are questions for staff, no stock
// question; "موجود؟" after goods still asks for them.
func TestRules_WhenSomeoneIsThere(t *testing.T) {
	r := rulesFrom(t, h24CSV, h24Vocab)
	checkForStaff(t, r, "هو المدير بيبقى موجود امتى؟ والمحل فين؟", "المهندس موجود امتى؟", "فين المعرض؟")
	checkCases(t, r, Inquiry, []itemCase{
		{"زيت ذرة لتر موجود؟", []wantItem{{"OIL-1", 1, "", nil}}},
	})
}

// TestRules_NamedInPlural: goods the catalog names in the plural
// ("فناجين بورسلين ٦ قطع", "Porcelain cups set of 6"), said in that plural
// with no count, are one of the product, nothing uncounted; a plural of a
// singular name ("كراسي" of "كرسي") still asks how many.
func TestRules_NamedInPlural(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUPS,فناجين بورسلين 6 قطع,Porcelain cups set of 6,فناجين,أدوات,piece,300,40,بورسلين,أبيض|ذهبي
CHAIR,كرسي بلاستيك,Plastic chair,كرسي,أثاث,piece,200,100,بلاستيك,أبيض|أخضر
`, `فنجان, فناجين, cups
كرسي, كراسي, chair, chairs
ابيض, white => أبيض
اخضر, green => أخضر
`)
	for _, tc := range []struct {
		text    string
		sku     string
		counted bool
	}{
		{"عايز فناجين بورسلين ابيض", "CUPS", true},
		{"I need porcelain cups in white", "CUPS", true},
		{"عايز كراسي بلاستيك خضرا", "CHAIR", false},
	} {
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != tc.sku || slices.Contains(res.Items[0].Missing, "count") == tc.counted {
			t.Errorf("%s: items %+v, want %s with the count said: %v", tc.text, res.Items, tc.sku, tc.counted)
		}
	}
}

// checkForStaff: each text is a question for staff (Result.Service), no
// goods and no order.
func checkForStaff(t *testing.T, r *Rules, texts ...string) {
	t.Helper()
	for _, text := range texts {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Other || len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%s: intent %s, items %+v, service %q; want a question for staff, no goods", text, res.Intent, res.Items, res.Service)
		}
	}
}

// TestRules_AndIfYouCan: "ولو تقدروا" (and if you can) before what is
// wanted is the request's talk, as "لو تقدر" is, with و written on لو.
func TestRules_AndIfYouCan(t *testing.T) {
	r := rulesFrom(t, h24CSV, h24Vocab)
	checkPlaced(t, r, "عايز ٥ كيلو رز ولو تقدروا تبعتوا كرتونة زيت ذرة", Order, []wantItem{{"RICE", 5, "", nil}, {"OIL-CTN", 1, "", nil}})
}
