package understand

import (
	"slices"
	"testing"
)

// A garden-furniture shop: one chair made in wood and in metal, the
// wooden one's synonym the kind's bare words.
const s18bChairsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GC-WD,كرسي جاردن خشب,Wooden garden chair,كرسي جاردن|كرسي حديقة,كراسي جاردن,piece,1900,12,زان,أبيض|بني
GC-MT,كرسي جاردن معدن,Metal garden chair,كرسي جاردن حديد,كراسي جاردن,piece,1100,20,معدن,أبيض|أسود
UMB-3,شمسية جاردن ٣ متر,Garden umbrella 3 m,,شماسي,piece,2500,5,قماش,بيج
`

const s18bChairsVocab = `كرسي جاردن, كرسي حديقة, garden chair, korsy garden
ابيض, white, abyad => أبيض
`

// TestRules_MaterialNotSaid: a kind the shop makes in two materials
// ("كرسي جاردن خشب" beside "… معدن"), neither said, is asked which, as a
// kind in two colours is — a synonym of one that is the kind's bare words
// chooses none, folded by the vocabulary to one word or not; the
// material said chooses it.
func TestRules_MaterialNotSaid(t *testing.T) {
	for _, vocab := range []string{s18bChairsVocab, ""} {
		r := rulesFrom(t, s18bChairsCSV, vocab)
		for _, tc := range []struct {
			text string
			skus []string // one: chosen; two: asked
		}{
			{"عايز كرسي جاردن ابيض", []string{"GC-MT", "GC-WD"}},
			{"عايز ٤ كرسي جاردن", []string{"GC-MT", "GC-WD"}},
			{"عايز كرسي جاردن خشب ابيض", []string{"GC-WD"}},
			{"عايز كرسي جاردن معدن ابيض", []string{"GC-MT"}},
			{"عايز شمسية جاردن", []string{"UMB-3"}},
		} {
			if got := linesAsked(understandText(t, r, tc.text)); !slices.Equal(got, tc.skus) {
				t.Errorf("vocab %v: %q: lines %v, want %v", vocab != "", tc.text, got, tc.skus)
			}
		}
		if vocab == "" {
			continue
		}
		for _, text := range []string{"3ayez korsy garden abyad", "I want a garden chair please"} {
			if got := linesAsked(understandText(t, r, text)); !slices.Equal(got, []string{"GC-MT", "GC-WD"}) {
				t.Errorf("%q: lines %v, want both chairs asked", text, got)
			}
		}
	}
}

// A water-pump shop: hose sold by the metre beside the pumps and tanks it
// runs between.
const s18bPumpsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HOSE-1,خرطوم مية ١ بوصة,Water hose 1 inch,خرطوم,خراطيم,meter,35,,بلاستيك,
PMP-1,موتور مية ١ حصان,Water pump 1 hp,موتور مية|طلمبة,مواتير,piece,3200,6,,
PMP-2,موتور مية ٢ حصان,Water pump 2 hp,,مواتير,piece,5100,4,,
TNK-1,خزان مية ١٠٠٠ لتر,Water tank 1000 l,خزان,خزانات,piece,4200,3,بلاستيك,
`

const s18bPumpsVocab = `خرطوم, خراطيم, hose, khartoum
موتور, مواتير, pump, motor
خزان, tank, khazan
`

// TestRules_RouteBetweenEnds: the two ends said after goods laid between
// places ("خرطوم من الموتور للخزان", "from the pump to the tank", "men el
// motor lel khazan") are where the hose runs, no pump nor tank ordered;
// one end said alone is left as it was, and goods said with و are lines.
func TestRules_RouteBetweenEnds(t *testing.T) {
	r := rulesFrom(t, s18bPumpsCSV, s18bPumpsVocab)
	for _, text := range []string{
		"عايز ١٠ متر خرطوم من الموتور للخزان",
		"عايز ١٠ متر خرطوم من الموتور ل الخزان",
		"I need 10 m hose from the pump to the tank",
		"3ayez 10 metr khartoum men el motor lel khazan",
	} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Equal(got, []string{"HOSE-1"}) || res.Items[0].Quantity.Float() != 10 {
			t.Errorf("%q: lines %v %+v, want 10 m of hose alone", text, got, res.Items)
		}
	}
	res := understandText(t, r, "عايز ١٠ متر خرطوم وموتور مية ١ حصان")
	if got := linesAsked(res); !slices.Equal(got, []string{"HOSE-1", "PMP-1"}) {
		t.Errorf("خرطوم وموتور: lines %v, want both", got)
	}
}

// An air-conditioning shop: units and their installation.
const s18bACCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AC-15,تكييف سبليت ١.٥ حصان,Split AC 1.5 hp,تكييف ١.٥ حصان,تكييفات,piece,24000,8,,أبيض
AC-3,تكييف سبليت ٣ حصان,Split AC 3 hp,تكييف ٣ حصان,تكييفات,piece,39000,4,,أبيض
INST-AC,تركيب تكييف,AC installation,تركيب,خدمات,piece,1200,,,
`

const s18bACVocab = `تكييف, تكيف, takyeef, takyif, ac
تركيب, التركيب, tarkib, tarkeeb, installation
ابيض, white, abyad => أبيض
`

// TestRules_PutOffToLater: the work a clause opens with, put off by its
// verb to a later talk ("والتركيب هنتكلم فيه لما تيجي", "نتفق عليه
// بعدين", "w el tarkib hanetkalem feeh ba3dein"), is not ordered now;
// said plainly, or with a talk about something else, it is.
func TestRules_PutOffToLater(t *testing.T) {
	r := rulesFrom(t, s18bACCSV, s18bACVocab)
	for _, tc := range []struct {
		text string
		skus []string
	}{
		{"عايز تكييف ١.٥ حصان ابيض، والتركيب هنتكلم فيه لما تيجي", []string{"AC-15"}},
		{"عايز تكييف ١.٥ حصان ابيض والتركيب نتفق عليه بعدين", []string{"AC-15"}},
		{"3ayez takyeef 1.5 hp abyad, w el tarkib hanetkalem feeh ba3dein", []string{"AC-15"}},
		{"عايز تكييف ١.٥ حصان ابيض والتركيب", []string{"AC-15", "INST-AC"}},
		{"عايز تكييف ١.٥ حصان ابيض وعايز التركيب ونتكلم في السعر", []string{"AC-15", "INST-AC"}},
	} {
		if got := linesAsked(understandText(t, r, tc.text)); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}

// A radio and charger shop whose names give what each does ("مدى", "قدرة").
const s18bRadioCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WT-5,جهاز لاسلكي مدى 5 كم,Walkie-talkie 5 km range,لاسلكي 5,لاسلكي,piece,1500,10,,
WT-10,جهاز لاسلكي مدى 10 كم,Walkie-talkie 10 km range,لاسلكي 10,لاسلكي,piece,2600,6,,
CHG-65,شاحن قدرة 65 وات,Charger 65 W,,شواحن,piece,900,20,,
CHG-100,شاحن قدرة 100 وات,Charger 100 W,,شواحن,piece,1400,12,,
`

// TestRules_NameWordPossessed: a word of a product's name said with "its"
// ("اللي مداه 5 كيلو" of "مدى 5 كم", "اللي قدرته 65 وات" of "قدرة 65
// وات") is that word, its ى and ة written ا and ت before the ending: no
// word left unread. A word of no name with the ending ("سرعته") stays
// unread.
func TestRules_NameWordPossessed(t *testing.T) {
	r := rulesFrom(t, s18bRadioCSV, "")
	for _, tc := range []struct{ text, sku string }{
		{"بكام اللاسلكي اللي مداه 5 كيلو؟", "WT-5"},
		{"عايز الشاحن اللي قدرته 65 وات", "CHG-65"},
		{"عايز ٢ شاحن قدرتهم 100 وات", "CHG-100"},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, []string{tc.sku}) || len(res.Unexplained) > 0 {
			t.Errorf("%q: lines %v unexplained %v, want %s and every word read", tc.text, got, res.Unexplained, tc.sku)
		}
	}
	if res := understandText(t, r, "بكام اللاسلكي اللي سرعته 5 كيلو؟"); !slices.Contains(res.Unexplained, "سرعته") {
		t.Errorf("سرعته: unexplained %v, want it unread", res.Unexplained)
	}
}
