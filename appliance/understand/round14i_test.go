package understand

import (
	"context"
	"testing"
)

// Round 14's third pass, on its own small shops.

// TestRules_RivalLeavingAWordIsNoRival: when the best product's names hold
// every word said and the next one's leave one of them unexplained, the
// next one is no close rival, however low both long names score: the line
// is sure ("سقف معلق مستوي" beside a stepped ceiling). Said by the words
// both share only, the line stays unsure.
func TestRules_RivalLeavingAWordIsNoRival(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOARD-9,لوح جبس بورد أسقف 9.5 مم (120×240),Ceiling gypsum board 9.5 mm,لوح 9.5|لوح اسقف|لوح رفيع,ألواح,piece,235,220,جبس بورد,
CEIL-FLAT,تنفيذ سقف معلق جبس بورد مستوي,Flat gypsum board false ceiling (supply & install),سقف مستوي|سقف معلق سادة|سقف فلات,تنفيذ,sqm,420,,جبس بورد,
CEIL-STEP,تنفيذ سقف معلق جبس بورد بدرجات,Stepped gypsum board false ceiling,سقف بدرجات|سقف مستويات|سقف ديكور,تنفيذ,sqm,560,,جبس بورد,
PART,تنفيذ قاطوع جبس بورد وجهين,Drywall partition double sided,قاطوع|حاجز جبس بورد|حيطة جبس بورد|بارتيشن,تنفيذ,sqm,650,,جبس بورد,
TILE-60,بلاطة سقف معلق 60×60 فايبر (أرمسترونج),Mineral fibre ceiling tile 60x60,ارمسترونج|بلاطة ارمسترونج|بلاطة 60,أسقف معلقة,piece,85,900,ألياف معدنية,
`
	r := rulesFrom(t, csv, "سقف معلق, سقف ساقط, فولس سيلنج, false ceiling, سقف جبس, sa2f me3la2\n")
	for _, tt := range []struct {
		text string
		sku  string
		qty  float64
		sure bool
	}{
		{"عايز سقف معلق مستوي للمكتب مقاسه ٦ متر في ٥ ونص", "CEIL-FLAT", 33, true},
		{"عايز سقف معلق بدرجات للصالة ٦ في ٤", "CEIL-STEP", 24, true},
		{"3ayez sa2f me3la2 mostawy 5 metr fe 4", "CEIL-FLAT", 20, true},
		{"I need a flat false ceiling, 5 m by 4 m", "CEIL-FLAT", 20, true},
		{"عايز تنفيذ سقف معلق ٥ في ٤", "", 0, false}, // which ceiling, not said
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			sure := res.Confidence >= 0.6
			if sure != tt.sure {
				t.Errorf("confidence %v, want sure=%v (%+v)", res.Confidence, tt.sure, res.Items)
			}
			if tt.sku != "" {
				checkItems(t, r, tt.text, Order, []wantItem{{tt.sku, tt.qty, "", nil}})
			}
		})
	}
}

// TestRules_StoryVerbsByTheirShape: the verbs of a story told beside an
// order are placed by Egyptian verb morphology: negated in م…ش
// ("ومبعملش حاجة"), passive ("يتحطوا بين الزرع", a verb of putting), the
// past of doing with someone, اتفاعل ("اتخانق مع المقاول"), so (ف) before
// a verb ("فبقينا بنجيب"), letting know and deciding ("تبلغوني",
// "قررت"), and "by ourselves" after "كل حاجة". A noun the shop does not
// sell, even one in م…ش ("ومفرش"), is still left unread.
func TestRules_StoryVerbsByTheirShape(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-60,اصيص فايبر 60 سم,Fibreglass planter 60 cm,قصرية 60,اصص,piece,1450,30,,أسود|رمادي
SPIKE,كشاف حديقة بشوكة,Garden spike light,كشاف شوكة,إضاءة,piece,420,50,,
SPOT,فتحة سبوت لايت,Spotlight cut-out,فتحة سبوت,تنفيذ,piece,35,,,
`
	r := rulesFrom(t, csv, "اصيص, اصيص, قصرية, planter\nكشاف, كشافات, light\nاسود, أسود, black => أسود\n")
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"كل سنة بقول هظبطها ومبعملش حاجة، عايزة ٤ اصيص فايبر ٦٠ سم اسود", []wantItem{{"POT-60", 4, "أسود", nil}}},
		{"كل سنة بقول هظبطها ومبعملش حاجة 😄 السنة دي خلاص، عايزة ٤ اصيص فايبر ٦٠ سم اسود", []wantItem{{"POT-60", 4, "أسود", nil}}},
		{"عايزة ٣ كشافات بشوكة يتحطوا في الجنينة", []wantItem{{"SPIKE", 3, "", nil}}},
		{"المهندس اتخانق مع المقاول فبقينا بنجيب كل حاجة بنفسنا، عايزين ١٢ فتحة سبوت", []wantItem{{"SPOT", 12, "", nil}}},
		{"قررت خلاص، عايز ٣ كشاف شوكة وياريت تبلغوني", []wantItem{{"SPIKE", 3, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
	res, err := r.Understand(context.Background(), "عايز ٣ كشاف شوكة ومفرش")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 && len(res.Items) < 2 {
		t.Errorf("a noun not sold was placed: %+v", res.Items)
	}
}

// TestRules_TimeToldBesideAnOrder: when things happen in the story told
// beside an order is no goods: this year ("السنة دي خلاص"), the
// appointment with ب ("تبلغوني بميعاد التوصيل"), English times ("we
// finally finished", "every night", "tonight").
func TestRules_TimeToldBesideAnOrder(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOLL,عمود اضاءة حديقة بولارد,Bollard garden light,بولارد,إضاءة,piece,1650,20,,أسود|رمادي
REEL,بكرة خرطوم 25 متر,Hose reel 25 m,بكرة خرطوم,ري,piece,650,20,,
`
	r := rulesFrom(t, csv, "بولارد, bollard\nاسود, أسود, black => أسود\nرمادي, grey => رمادي\n")
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"السنة دي خلاص قررت، عايز ٢ بولارد اسود وياريت تبلغوني بميعاد التوصيل", []wantItem{{"BOLL", 2, "أسود", nil}}},
		{"We finally finished the garden and need 2 bollard lights in black and one hose reel", []wantItem{{"BOLL", 2, "أسود", nil}, {"REEL", 1, "", nil}}},
		{"We sit in the garden every night, I need 2 black bollard lights", []wantItem{{"BOLL", 2, "أسود", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
}

// TestRules_TheOneWithAskedAgain: a price asked again after و, then "اللي"
// (the one) and a word of the shop's names ("وبكام اللي بمراية؟",
// "واللي بمراية بكام؟", Franco "w bkam elly bmraya?") asks another product of
// the line's kind, the one holding that word: a line of its own, never a
// word the first line lacks. English says "and the mirrored one?".
func TestRules_TheOneWithAskedAgain(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WR-PLAIN,تصنيع دولاب ضلفتين سادة خشب,Two-door wardrobe plain made to order,دولاب سادة,دواليب,sqm,3200,,,
WR-MIRROR,تصنيع دولاب ضلفتين بمراية خشب,Two-door wardrobe mirrored made to order,دولاب مراية,دواليب,sqm,3900,,,
`
	r := rulesFrom(t, csv, "دولاب, dolab, wardrobe\nسادة, sada, plain\nبمراية, bmraya, mirrored\n")
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام متر الدولاب السادة وبكام اللي بمراية؟", []wantItem{{"WR-PLAIN", 1, "", nil}, {"WR-MIRROR", 1, "", nil}}},
		{"بكام متر الدولاب السادة، واللي بمراية بكام؟", []wantItem{{"WR-PLAIN", 1, "", nil}, {"WR-MIRROR", 1, "", nil}}},
		{"bkam metr el dolab el sada w bkam elly bmraya?", []wantItem{{"WR-PLAIN", 1, "", nil}, {"WR-MIRROR", 1, "", nil}}},
		{"How much is a metre of the plain wardrobe, and the mirrored one?", []wantItem{{"WR-PLAIN", 1, "", nil}, {"WR-MIRROR", 1, "", nil}}},
	})
}

// TestRules_FrameColourIsTheGoods: the frame of glass or a mirror (a
// profile, a frame) said next to a colour ("بروفيل اسود", "فريم دهبي",
// "with gold profile", "frame in black", Franco "profile eswed") is the
// colour the goods are made in, no goods of its own; and a verb of leaving
// in the story ("المقاول سابلنا الحمامات") is talk.
func TestRules_FrameColourIsTheGoods(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCREEN,سكرينة شاور ثابتة سيكوريت,Fixed shower screen,سكرينة ثابتة,كبائن,sqm,3200,,,كروم|أسود|ذهبي
MIRROR,مراية حمام مستطيلة 60×80,Bathroom mirror 60x80,مراية 60,مرايات,piece,1350,15,,ذهبي|أسود
`
	r := rulesFrom(t, csv, "سكرينة, skreena, screen\nمراية, mraya, mirror\nاسود, أسود, eswed, black => أسود\nدهبي, ذهبي, dahaby, gold => ذهبي\nكروم, chrome => كروم\n")
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"عايز سكرينة ثابتة عرض ١٢٠ وارتفاع ٢٠٠ بروفيل اسود", []wantItem{{"SCREEN", 2.4, "أسود", nil}}},
		{"المقاول سابلنا الحمامات على المحارة، عايز مراية ٦٠ فريم دهبي", []wantItem{{"MIRROR", 1, "ذهبي", nil}}},
		{"I need a fixed shower screen 120 wide x 200 high with gold profile", []wantItem{{"SCREEN", 2.4, "ذهبي", nil}}},
		{"one 60 mirror, frame in black please", []wantItem{{"MIRROR", 1, "أسود", nil}}},
		{"3ayez skreena 120 fe 200 profile eswed", []wantItem{{"SCREEN", 2.4, "أسود", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
}

// TestRules_FinishingTouches: "the finishing touches" ("final touches",
// "اللمسات الاخيرة") is the last of a work told beside an order, no goods.
func TestRules_FinishingTouches(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOLL,عمود اضاءة حديقة بولارد,Bollard garden light,بولارد,إضاءة,piece,1650,20,,أسود|رمادي
`
	r := rulesFrom(t, csv, "بولارد, bollard\nاسود, أسود, black => أسود\n")
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"We finished the garden and just need the final touches. Please send 2 bollard lights in black", []wantItem{{"BOLL", 2, "أسود", nil}}},
		{"خلصنا الجنينة ومحتاجين بس اللمسات الاخيرة. عايز ٢ عمود بولارد اسود", []wantItem{{"BOLL", 2, "أسود", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
}
