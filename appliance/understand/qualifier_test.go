package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// TestRules_Qualifier: a word said with a kind several products share
// picks the one product that has it (its name, origin, synonyms), also
// with the article on a word whose letters begin with ال ("الالماني");
// "عادي" / "3adi" / "regular" picks the ordinary one, the name that says
// least beyond the kind.
func TestRules_Qualifier(t *testing.T) {
	r := kindsRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
		want   []wantItem
	}{
		{"بكام متر الباركيه الالماني؟", Inquiry, []wantItem{{"LAM-DE", 1, "", nil}}},
		{"عايز ٢٠ متر من الباركيه الالماني بلوط", Order, []wantItem{{"LAM-DE", 20, "بلوط", nil}}},
		{"I need 20 sqm of the German laminate", Order, []wantItem{{"LAM-DE", 20, "", nil}}},
		{"عايز ٣ شكاير لاصق عادي", Order, []wantItem{{"GLUE", 3, "", nil}}},
		{"3ayez 3 shekayer lase2 3adi", Order, []wantItem{{"GLUE", 3, "", nil}}},
		{"I need 3 bags of the regular adhesive", Order, []wantItem{{"GLUE", 3, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, tt.intent, tt.want)
			res, _ := r.Understand(context.Background(), tt.text)
			if len(res.Unexplained) > 0 {
				t.Errorf("%s: unexplained %q", tt.text, res.Unexplained)
			}
		})
	}
}

// TestRules_SpokenForms: a thing said in Egyptian ("ازاز", "ترابيزة") is the
// catalog's word when the catalog writes it in standard Arabic ("زجاج",
// "طاولة"), and the other way round.
func TestRules_SpokenForms(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-MOS,موزاييك زجاج,Glass mosaic,,موزاييك,sqm,1400,,زجاج,أزرق
TBL,طاولة قهوة,Coffee table,,طاولات,piece,2500,,خشب,
WARD,دولاب ملابس,Wardrobe,,دواليب,piece,9000,,MDF,
`, "")
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"عايز موزاييك ازاز ازرق ١٠ متر", []wantItem{{"GL-MOS", 10, "أزرق", nil}}},
		{"عايز ترابيزة قهوة", []wantItem{{"TBL", 1, "", nil}}},
		{"محتاج خزانة ملابس", []wantItem{{"WARD", 1, "", nil}}},
	} {
		checkItems(t, r, tt.text, Order, tt.want)
	}
}

// TestRules_PlainOfKind: a kind said bare, when the catalog itself names
// one of the products of that kind the ordinary one ("تنجيد كرسي عادي"
// beside "تنجيد كابتونيه"), is that ordinary one, in Arabic, Franco and
// English; the special one is still had by its own word, and a kind
// whose names call none (or two) of them ordinary is not settled so.
func TestRules_PlainOfKind(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
UP-STD,تنجيد كرسي عادي,"Chair upholstery, standard",,خدمات,piece,300,,,
UP-CAP,تنجيد كابتونيه,Capitonné upholstery,,خدمات,piece,700,,,
PT-LAC,دهان لاكيه,Lacquer finish,,خدمات,piece,400,,,
PT-EST,دهان استر,Polyester finish,,خدمات,piece,600,,,
HG-A,مفصلة عادية ٣ بوصة,Hinge 3 inch,,اكسسوارات,piece,20,100,,
HG-B,مفصلة عادية ٤ بوصة,Hinge 4 inch,,اكسسوارات,piece,25,100,,
HG-C,مفصلة هيدروليك,Soft-close hinge,,اكسسوارات,piece,60,100,,
`, `تنجيد, tangeed, upholstery
كابتونيه, capitonne, capitonné
دهان, dehan, finish
مفصلة, مفصله, hinge`)
	for _, tt := range []struct {
		text string
		want string
	}{
		{"محتاج تنجيد ٦ قطع", "UP-STD"},
		{"3ayez tangeed 6", "UP-STD"},
		{"I need upholstery x6", "UP-STD"},
		{"عايز تنجيد كابتونيه ٦ قطع", "UP-CAP"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) == 0 || res.Items[0].SKU != tt.want {
				t.Fatalf("%s: items %+v, want first %s", tt.text, res.Items, tt.want)
			}
		})
	}
	t.Run("no ordinary one named", func(t *testing.T) {
		res, err := r.Understand(context.Background(), "عايز دهان ٣ أبواب")
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 {
			t.Errorf("items %+v, want one line with the kind left open", res.Items)
		}
	})
	t.Run("two ordinary ones", func(t *testing.T) {
		res, err := r.Understand(context.Background(), "عايز ١٠ مفصلة")
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU == "HG-A" || res.Items[0].SKU == "HG-B" {
			t.Errorf("items %+v, want one line not settled on either ordinary hinge", res.Items)
		}
	})
}

// TestRules_CountedDual: "2 X" after a head noun, where the catalog
// writes the dual of X in a name ("مجرى ٢ سكة", "magra 2 sekka", "track
// 2 rail" is "مجرى سكتين"), picks that product; the figure is no count of
// the line. A "2" before the head noun still counts.
func TestRules_CountedDual(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RL-1,مجرى سكة واحدة,Single track,,مجاري,meter,100,100,,أبيض
RL-2,مجرى سكتين,Double track,,مجاري,meter,160,100,,أبيض
SH-1,رف زجاج طبقة,Glass shelf single,,رفوف,piece,200,100,,
SH-2,رف زجاج طبقتين,Glass shelf two tiers,,رفوف,piece,350,100,,
`, `مجرى, مجري, magra, track
سكة, سكه, sekka
طبقة, طبقه, dor
ابيض, abyad => أبيض`)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ متر مجرى ٢ سكة أبيض", []wantItem{{"RL-2", 4, "أبيض", nil}}},
		{"4 metr magra 2 sekka abyad", []wantItem{{"RL-2", 4, "أبيض", nil}}},
		{"عايز رف زجاج ٢ طبقة", []wantItem{{"SH-2", 1, "", nil}}},
		{"عايز ٢ رف زجاج طبقة", []wantItem{{"SH-1", 2, "", nil}}},
	})
}

// TestRules_HeadSaidNoRival: a line that says the head noun of a product's
// Arabic name is sure of it even when another product shares a word of
// the line only through its English name or a synonym ("cover" of a felt
// underlay); a describing word of a name said of a plural noun before it
// that is no word of that product ("سراير أطفال") is no line of it.
func TestRules_HeadSaidNoRival(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BLK,بطانية صوف مزدوجة مطرزة,Double wool blanket,,مفروشات,piece,900,50,صوف,بيج|رمادي
FLT,لباد صوف للأرضيات,Floor cover felt,,أرضيات,sqm,120,500,صوف,
KC,ستارة أطفال مطبوعة,Printed kids curtain,,ستائر,piece,400,30,,أزرق
SHT,ملاية سرير قطن,Cotton bed sheet,,مفروشات,piece,300,40,قطن,أبيض
`, `بطانية, بطانيه, بطاطين, blanket, cover
ستارة, ستاره, ستائر, curtain`)
	for _, text := range []string{"عايز ٢ بطانية بيج", "3ayez 2 blanket beige", "I need 2 blankets in beige"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != "BLK" || res.Items[0].Confidence < 0.9 {
				t.Errorf("items %+v, want BLK alone at confidence ≥ 0.9", res.Items)
			}
		})
	}
	t.Run("describing word of another noun", func(t *testing.T) {
		text := "عندي ٣ سراير أطفال، عايز لكل واحد ستارة أطفال زرقا"
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, it := range res.Items {
			if it.SKU == "KC" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("items %+v, want one kids-curtain line", res.Items)
		}
	})
}

// TestRules_EnglishContraction: what an English contraction leaves after
// its apostrophe ("what's", "we're", "I'd") is no Franco word (the "s"
// once read as سيئة, a complaint) and no word left unexplained.
func TestRules_EnglishContraction(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL,ترابيزة سفرة بلوط,Oak dining table,,ترابيزات,piece,9000,10,بلوط,
CHR,كرسي سفرة,Dining chair,,كراسي,piece,1500,40,زان,
`, "")
	for _, tt := range []struct {
		text   string
		intent Intent
	}{
		{"What's the price of the oak dining table?", Inquiry},
		{"Hi, we're moving next week, what's the cost of 6 dining chairs?", Inquiry},
		{"I'd like 6 dining chairs please", Order},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != tt.intent {
				t.Errorf("intent %v, want %v", res.Intent, tt.intent)
			}
			for _, u := range res.Unexplained {
				if u == "s" || u == "re" || u == "d" {
					t.Errorf("unexplained %q", res.Unexplained)
				}
			}
		})
	}
}

// TestRules_WithArticle: "بال" + X (with the X) is the name's "ب" + X or
// its X, and the other way round: a product is not said to lack what its
// own name has with or without the article.
func TestRules_WithArticle(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LMP,أباجورة سرير بإضاءة ليد,LED bedside lamp,,إضاءة,piece,700,20,,أبيض
SOF,كنبة سرير + درج تخزين,Sofa bed with storage drawer,,كنب,piece,8000,5,,رمادي
SOF2,كنبة ثابتة بالمخدات,Fixed sofa with cushions,,كنب,piece,7000,5,,رمادي
`, "")
	for _, tt := range []struct {
		text string
		want string
	}{
		{"عايز ٢ أباجورة سرير بالإضاءة الليد", "LMP"},
		{"عايز كنبة سرير بالدرج رمادي", "SOF"},
		{"عايز كنبة ثابتة بمخدات رمادي", "SOF2"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != tt.want || len(res.Items[0].Lacks) > 0 || len(res.Unexplained) > 0 {
				t.Errorf("items %+v, unexplained %q; want %s lacking nothing", res.Items, res.Unexplained, tt.want)
			}
		})
	}
}

// TestRules_MineAndPraise: a definite thing said as the customer's own
// ("المخدة بتاعتي", "the one of mine") is no line, and a word of praise
// ("كويسة") is never read as a catalog word its letters are near (كيس).
func TestRules_MineAndPraise(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PCS,كيس مخدة قطن,Cotton pillowcase,,مفروشات,piece,120,100,قطن,أبيض|بيج
SHT,ملاية سرير قطن,Cotton bed sheet,,مفروشات,piece,300,40,قطن,أبيض|بيج
PIL,مخدة فايبر,Fibre pillow,,مخدات,piece,200,100,فايبر,
`, "")
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٢ ملاية سرير بيج، المخدة بتاعتي كويسة", []wantItem{{"SHT", 2, "بيج", nil}}},
		{"عايز ملاية سرير أبيض، الكيس بتاعي لسه كويس", []wantItem{{"SHT", 1, "أبيض", nil}}},
	})
}

// TestRules_ArabicGreetingAndSend: the Arabic spelling of a greeting whose
// Franco form is known ("مرحبا" beside "marhaba") and the Gulf and
// standard "ارسل" (send) of the bill are talk, never unexplained words.
func TestRules_ArabicGreetingAndSend(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHR,كرسي سفرة,Dining chair,,كراسي,piece,1500,40,زان,
`, "")
	checkPlaced(t, r, "مرحبا، أبي ٦ كرسي سفرة وارسل لي الفاتورة", Order, []wantItem{{"CHR", 6, "", nil}})
	checkPlaced(t, r, "مرحبتين يا استاذ، عايز ٤ كرسي سفرة، ارسلوا الحساب", Order, []wantItem{{"CHR", 4, "", nil}})
}

// TestRules_EachSize: "each" before figures says the size of each piece
// ("3 mirrors, each 60 x 90 cm"); the figures are the line's size, not
// what "each" is counted over.
func TestRules_EachSize(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GLS,زجاج سيكوريت,Tempered glass panel (per m²),,زجاج,sqm,900,,زجاج,
MIR,مراية حمام,Bathroom mirror,,مرايات,piece,600,20,,
`, `زجاج, glass
مراية, mirror`)
	checkCases(t, r, Order, []itemCase{
		{"I need 3 tempered glass panels, each 100 x 50 cm", []wantItem{{"GLS", 1.5, "", []int{100, 50}}}},
		{"4 glass, each 200 x 100", []wantItem{{"GLS", 8, "", []int{200, 100}}}},
	})
}

// TestRules_MeasureWithService: a measure said after the goods and before
// "مع" / "with" and a shop service ("… ٤٠ متر مع التركيب") is the goods'
// amount, not the service's alone.
func TestRules_MeasureWithService(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PRQ,باركيه ألماني ١٢ مم,German laminate 12 mm,,باركيه,sqm,450,900,,بلوط
PRI,تركيب باركيه,Laminate installation (per m²),,خدمات,sqm,60,,,
`, `باركيه, parquet, laminate
بلوط, oak`)
	for _, text := range []string{"عايز باركيه ألماني بلوط ٤٠ متر مع التركيب", "I need German laminate oak 40 sqm with installation"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 2 || res.Items[0].SKU != "PRQ" || res.Items[0].Quantity != catalog.MilliFromFloat(40) || res.Items[1].SKU != "PRI" {
				t.Errorf("items %+v, want PRQ×40 then the installation", res.Items)
			}
		})
	}
}
