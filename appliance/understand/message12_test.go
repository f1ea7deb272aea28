package understand

import (
	"context"
	"testing"
)

// Round 12's message-level classes, on a small pumps, pool and floor-coating
// shop: what the box does with a message whose goods are all read but whose
// talk, negation or figures made it a question, a complaint or a review.
const message12CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PUMP05,موتور رفع مياه نص حصان,Water Pump 0.5HP,موتور نص حصان,مواتير,piece,2700,15,,
PUMP1,موتور رفع مياه ١ حصان,Water Pump 1HP,موتور حصان,مواتير,piece,3900,10,,
SUB15,طلمبة غاطس ١.٥ حصان,Submersible Pump 1.5HP,غاطس,مواتير,piece,7800,4,,
SPARES,طقم قطع غيار موتور,Pump spare parts kit,قطع غيار,مواتير,piece,500,10,,
NET,شبكة اوراق للبيسين,Pool leaf net,شبكة|net|shabaka,اكسسوارات,piece,250,30,,
CHLOR,برميل كلور بودرة,Chlorine powder drum,كلور|chlorine|klor,كيماويات,piece,1900,20,,
PHMINUS,مخفض ph,pH reducer,,كيماويات,piece,300,20,,
PHPLUS,رافع ph,pH increaser,,كيماويات,piece,300,20,,
SCREED,تسوية سيلف ليفلنج أسمنتي,Cement self-levelling screed,,أنظمة,sqm,300,,,
EPROLL,دهان إيبوكسي رول كوتنج,Epoxy roll coating,,أنظمة,sqm,400,,,رمادي|أحمر
FILM,فيلم حراري فضي,Silver solar film,,أفلام,sqm,350,,,
COPING,بلاطة حافة حمام سباحة,Pool Coping Stone,حافة|coping|7afa,تشطيب,meter,780,,,أبيض|بيج
LADDER3,سلم حمام سباحة ٣ درجات,Pool Ladder 3 Steps,سلم|ladder|sellem,إكسسوار,piece,6500,6,,
LADDER4,سلم حمام سباحة ٤ درجات,Pool Ladder 4 Steps,سلم كبير,إكسسوار,piece,7600,4,,
`
const message12Vocab = `موتور, ماتور, طلمبة, طلمبه, pump
احمر, a7mar, red => أحمر
رمادي, grey, gray => رمادي
ابيض, abyad, white => أبيض
`

func message12Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, message12CSV, message12Vocab)
}

// TestRules_WithoutAsWritten: "من غير" (without) is read as written even
// where a name's word ("قطع غيار") makes "غير" its near spelling: what
// follows is not ordered.
func TestRules_WithoutAsWritten(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز موتور ١ حصان واحد ومن غير مخفض ph المرة دي، بس زود ٢ رافع ph", []wantItem{{"PUMP1", 1, "", nil}, {"PHPLUS", 2, "", nil}}},
		{"عايز ٢ رافع ph من غير مخفض ph", []wantItem{{"PHPLUS", 2, "", nil}}},
		{"3ayez 2 rafe3 ph men gher mo5fed ph", []wantItem{{"PHPLUS", 2, "", nil}}},
		{"I need 2 ph increaser without the ph reducer", []wantItem{{"PHPLUS", 2, "", nil}}},
		// the spare parts themselves are still read
		{"عايز طقم قطع غيار موتور", []wantItem{{"SPARES", 1, "", nil}}},
	})
}

// TestRules_LetterCourtesyPlaced: a formal request's courtesies and
// connectives are placed: "ولكم جزيل الشكر", a wish before God's name
// ("وجزاكم الله خيرا", "بارك الله فيكم"), "ثم" (then) opening the next
// entry as و does, "بمساحة" before the area, the proforma invoice asked
// ("برجاء ارسال الفاتورة المبدئية"), a prayer hall and its qualifier.
func TestRules_LetterCourtesyPlaced(t *testing.T) {
	r := message12Rules(t)
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"عايز فيلم حراري فضي ٢٠ متر مربع. ولكم جزيل الشكر", []wantItem{{"FILM", 20, "", nil}}},
		{"تسوية سيلف ليفلنج أسمنتي لأرضية المصلى السفلي بمساحة ١٤٠ متر مربع، ثم دهان إيبوكسي رول كوتنج احمر لنفس المساحة. وجزاكم الله خيراً",
			[]wantItem{{"SCREED", 140, "", nil}, {"EPROLL", 140, "أحمر", nil}}},
		{"عايز دهان ايبوكسي رول كوتنج رمادي ٥٠ متر مربع، بارك الله فيكم", []wantItem{{"EPROLL", 50, "رمادي", nil}}},
		{"تسوية سيلف ليفلنج أسمنتي ٣٠ م٢\nدهان ايبوكسي رول كوتنج رمادي ٣٠ م٢\nبرجاء ارسال الفاتورة المبدئية",
			[]wantItem{{"SCREED", 30, "", nil}, {"EPROLL", 30, "رمادي", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
}

// TestRules_PriceWithLabour: "بكام مع الخامة والمصنعية؟" asks the price
// of what is named, labour and material in it: a quote, no unread product.
func TestRules_PriceWithLabour(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"متر دهان الايبوكسي رول كوتنج بكام مع الخامة والمصنعية؟", []wantItem{{"EPROLL", 1, "", nil}}},
	})
}

// TestRules_OldOneBrokenIsWhy: the customer's old one broken, said after
// "عشان"/"because" beside an order, is why a new one is wanted — an order,
// no complaint; the one bought from the shop broken stays a complaint. A
// worker's advice ("فالفني قالي اجيب …") is the order's cue.
func TestRules_OldOneBrokenIsWhy(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز شبكة اوراق عشان القديمة اتكسرت", []wantItem{{"NET", 1, "", nil}}},
		{"3ayez shabaka 3ashan el2adima etkasaret", []wantItem{{"NET", 1, "", nil}}},
		{"I need a leaf net because the old one broke", []wantItem{{"NET", 1, "", nil}}},
		{"فالفني قالي اجيب برميل كلور واحد وشبكة اوراق عشان القديمة اتكسرت، وخلاص كده", []wantItem{{"CHLOR", 1, "", nil}, {"NET", 1, "", nil}}},
	})
	for _, text := range []string{
		"الشبكة اللي خدتها منكم اتكسرت",
		"الشبكة اتكسرت بعد يومين",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint", text, res.Intent)
		}
	}
}

// TestRules_HorsepowerFigure: a pump's horsepower is a figure of its name,
// written on its unit ("1HP") or apart ("1 HP", "١ حصان"), never how many;
// a Latin word the shop's vocabulary writes for an Arabic one of the name
// ("موتور" → pump) is no model name, so the figure after it is still the
// horsepower.
func TestRules_HorsepowerFigure(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"a 1 HP pump please", []wantItem{{"PUMP1", 1, "", nil}}},
		{"I need two 1 HP pumps", []wantItem{{"PUMP1", 2, "", nil}}},
		{"one 1HP pump", []wantItem{{"PUMP1", 1, "", nil}}},
		{"I need one 1.5 HP submersible pump", []wantItem{{"SUB15", 1, "", nil}}},
		{"عايز ٢ موتور ١ حصان", []wantItem{{"PUMP1", 2, "", nil}}},
		{"3ayez motor 1 hosan", []wantItem{{"PUMP1", 1, "", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"how much is the 0.5 HP pump?", []wantItem{{"PUMP05", 1, "", nil}}},
	})
}

// TestRules_AmountCorrected: an amount put right — "N unit لا M unit" (no,
// M), or later "وخلي X N مش M" (make X N, not M) — is the amount meant,
// the one taken back and the correction set aside: no sum of both, no
// second line. "ولا" (or) between them corrects nothing.
func TestRules_AmountCorrected(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"دهان ايبوكسي رول كوتنج احمر ٢٢٠ م٢ لا ٢٣٠ م٢ بعد ما قسنا تاني", []wantItem{{"EPROLL", 230, "أحمر", nil}}},
		{"epoxy roll coating red 220 sqm no 230 sqm", []wantItem{{"EPROLL", 230, "أحمر", nil}}},
		{"عايز فيلم حراري فضي ٤ متر مربع وكمان موتور ١ حصان، اه وخلي الفيلم ٥ متر مش ٤", []wantItem{{"FILM", 5, "", nil}, {"PUMP1", 1, "", nil}}},
		{"3ayez film 7arary 4 m2 w motor 1 hosan, w khaleeh 5 m msh 4", []wantItem{{"FILM", 5, "", nil}, {"PUMP1", 1, "", nil}}},
		{"I need silver solar film 4 sqm and a 1 HP pump, oh and make it 5 sqm not 4", []wantItem{{"FILM", 5, "", nil}, {"PUMP1", 1, "", nil}}},
	})
}

// TestRules_BroughtBeforeIsContext: what the shop brought before ("المرة
// اللي فاتت جبتلي موتور … وركبته") told ahead of "المرادي عايز …" is
// context, no line; brought and now leaking it is after-sales.
func TestRules_BroughtBeforeIsContext(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"زي المرة اللي فاتت جبتلي موتور ١ حصان وركبته، المرادي عايز بس ٢ رافع ph", []wantItem{{"PHPLUS", 2, "", nil}}},
		{"last time you brought me a 1 HP pump, this time I need 2 ph increaser", []wantItem{{"PHPLUS", 2, "", nil}}},
	})
	text := "جبتلي موتور ١ حصان الاسبوع اللي فات وبيسرب"
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Complaint {
		t.Errorf("%s: intent %s, want complaint", text, res.Intent)
	}
}

// TestRules_EnglishRunningMetreAndParts: English's running metre ("26
// running metres") is the metre of a product sold by length, as "متر
// طولي" is; "with" and a part's count a name gives ("a ladder with 3
// steps") describe the line before, no second line of the part.
func TestRules_EnglishRunningMetreAndParts(t *testing.T) {
	r := message12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"pool coping in white, 26 running metres", []wantItem{{"COPING", 26, "أبيض", nil}}},
		{"please invoice 12 linear m of pool coping in white", []wantItem{{"COPING", 12, "أبيض", nil}}},
		{"عايز حافة ابيض ٢٦ متر طولي", []wantItem{{"COPING", 26, "أبيض", nil}}},
		{"one stainless ladder with 3 steps", []wantItem{{"LADDER3", 1, "", nil}}},
		{"2 ladders with 4 steps please", []wantItem{{"LADDER4", 2, "", nil}}},
		{"عايز سلم ٤ درجات واحد", []wantItem{{"LADDER4", 1, "", nil}}},
		{"3ayez sellem 4 daragat", []wantItem{{"LADDER4", 1, "", nil}}},
	})
}

// TestRules_WorkWantedIsNoLine: what the customer wants to do with the
// goods, a verb of I or we after the want ("وعايزين نقسم الصالة لمكتبين
// وغرفة اجتماعات، فعايزين …"), is no line and no unread product; a place's
// adjective after its genitive ("شركة محاسبة صغيرة") is who they are. A
// want of a verb asking ("عايز اعرف التوصيل بكام") stays a question.
func TestRules_WorkWantedIsNoLine(t *testing.T) {
	r := message12Rules(t)
	for _, text := range []string{
		"احنا شركة محاسبة صغيرة، وعايزين نقسم الصالة لمكتبين وغرفة اجتماعات، فعايزين فيلم حراري فضي ١٢ متر مربع",
		"عايزين نجدد الصالة والمكتب، فمحتاجين فيلم حراري فضي ١٢ متر مربع",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"FILM", 12, "", nil}})
		})
	}
	res, err := r.Understand(context.Background(), "عايز اعرف التوصيل بكام، وعايز فيلم حراري فضي ١٢ متر مربع")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Service) == 0 {
		t.Errorf("a delivery question beside the order lost: %+v", res)
	}
}

// TestRules_TwoAmountsOffered: two amounts of one unit joined by "or"
// ("٢٠ م٢ ولا ٣٠ م٢ احسن؟", "20 sqm or 30 sqm") offer a choice: left
// unexplained, so a person asks which, never a line of both.
func TestRules_TwoAmountsOffered(t *testing.T) {
	r := message12Rules(t)
	for _, text := range []string{
		"عايز فيلم حراري فضي ٢٠ م٢ ولا ٣٠ م٢ احسن؟",
		"silver solar film 20 sqm or 30 sqm",
		"3ayez film 7arary 20 metr wala 30 metr",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) == 0 {
			t.Errorf("%s: the choice between two amounts placed: %+v", text, res.Items)
		}
	}
	checkPlaced(t, r, "عايز فيلم حراري فضي ٢٠ م٢ و ٣٠ م٢ دهان ايبوكسي رول كوتنج رمادي", Order, []wantItem{{"FILM", 20, "", nil}, {"EPROLL", 30, "رمادي", nil}})
}
