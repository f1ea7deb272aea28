package understand

import (
	"context"
	"testing"
)

// A shop whose English names are of different lengths: a bare English
// kind word fits each of them as well as it fits the shorter one, as the
// same word in Arabic does.
const englishKindCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KT-ALU,مطبخ ألوميتال,Aluminium kitchen,,مطابخ,meter,6900,,ألوميتال,أبيض|فضي
KT-ACR,مطبخ أكريليك لامع,High-gloss acrylic kitchen,,مطابخ,meter,14200,,أكريليك,أبيض|أحمر
KT-BCH,مطبخ خشب زان,Beech wood kitchen,,مطابخ,meter,19800,,زان,طبيعي|أبيض
FB-CHN,قماش شانيل,Chenille fabric,,أقمشة,meter,300,100,بوليستر,بيج|كحلي
FB-LIN,قماش لينوه,Linen-look upholstery fabric,,أقمشة,meter,260,100,كتان,بيج|رمادي
SW-STD,تفصيل ستارة عادي,"Curtain tailoring, standard (per metre of fabric)",,خدمات,meter,60,,,
SW-WAV,تفصيل ويفي,Wave-pleat tailoring,,خدمات,meter,90,,,
TR-ONE,مجرى سكة واحدة,Single curtain track,,مجاري,meter,120,300,ألومنيوم,أبيض
TR-TWO,مجرى سكتين,Double curtain track,,مجاري,meter,190,300,ألومنيوم,أبيض
FIX,تركيب مجاري,Track installation,تركيب,خدمات,meter,35,,,
`

func englishKindRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, englishKindCSV, "ابيض, abyad, white => أبيض\nبيج, beige => بيج\nكحلي, navy => كحلي\nتفصيل, tafseel, tailoring\n")
}

// TestRules_EnglishBareKind: "a kitchen in white" names no one of three
// white kitchens (before, the shortest English name, the aluminium one,
// was invoiced); a word of one name still chooses it, and the catalog's
// "standard" one is still the bare kind's. (Arabic names keep preferring
// the one whose name says least beyond the words said — the labelled
// sets read "كوبو" as the plain Kubo mixer, not the concealed one — so
// "مطبخ" in a shop with no short synonyms still picks the shortest name.)
func TestRules_EnglishBareKind(t *testing.T) {
	r := englishKindRules(t)
	for _, text := range []string{
		"I need a kitchen 4 m in white",
		"kitchen 3.5 m white please",
		"5 m of fabric in beige",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "" || len(res.Items[0].Ambiguous) < 2 {
			t.Errorf("%s: %+v, want one line open between its kind's products", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"I need a beech kitchen 4 m in white", []wantItem{{"KT-BCH", 4, "أبيض", nil}}},
		{"an acrylic kitchen 3 m in red", []wantItem{{"KT-ACR", 3, "أحمر", nil}}},
		{"5 m of chenille fabric in navy", []wantItem{{"FB-CHN", 5, "كحلي", nil}}},
		{"4 m tailoring", []wantItem{{"SW-STD", 4, "", nil}}},
		{"4 metr tafseel", []wantItem{{"SW-STD", 4, "", nil}}},
		{"4 m wave-pleat tailoring", []wantItem{{"SW-WAV", 4, "", nil}}},
	})
}

// TestRules_EnglishDestinationAll: "for all the tracks" / "for both the
// tracks" says what the installation is for; the tracks are no line.
func TestRules_EnglishDestinationAll(t *testing.T) {
	r := englishKindRules(t)
	for _, text := range []string{
		"3 m single track in white and installation for all the tracks",
		"2 m double track in white, installation for both the tracks",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 2 || res.Items[1].SKU != "FIX" {
			t.Errorf("%s: %+v, want the track and its installation", text, res.Items)
		}
	}
}
