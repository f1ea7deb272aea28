package understand

import (
	"context"
	"strings"
	"testing"
)

// The eleventh session's classes (branch h18a), on a small lighting shop
// of its own (none of the blind sets' catalogs or sentences): ceiling
// panels the shop's vocabulary names by a two-word phrase folded into one
// synonym ("كشاف سقف" → "بانل"), spot lights, a chandelier out of stock and
// wire sold by the metre.
const h18aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PNL-60,كشاف ليد بانل 60×60 سم,LED panel 60x60 cm,,كشافات,piece,450,80,,أبيض|وورم
PNL-30,كشاف ليد بانل 30×30 سم,LED panel 30x30 cm,,كشافات,piece,250,80,,أبيض|وورم
SPOT-7,سبوت لايت 7 وات,Spot light 7 W,سبوت,سبوتات,piece,90,300,,أبيض|وورم
CHN-5,نجفة كريستال 5 شمعات,Crystal chandelier 5 arms,نجفة,نجف,piece,5200,0,كريستال,ذهبي|فضي
WIRE-2,سلك كهرباء 2 مم (بالمتر),Electric wire 2 mm per metre,سلك,أسلاك,meter,18,1000,نحاس,
WIRE-3S,سلك مجدول نحاس 3 مم (بالمتر),Stranded copper wire 3 mm per metre,,أسلاك,meter,26,1000,نحاس,
EXT-PT,تمديد سلك زيادة لنقطة كهرباء,Extra wiring run to a power point,,خدمات,piece,150,,,
`

const h18aVocab = `كشاف, كشافات, panel
كشاف سقف, بانل, ceiling panel
سبوت, سبوتات, spot, spots
نجفة, نجفه, نجف, chandelier
سلك, اسلاك, slk, selk, wire
مجدول, magdool, stranded
زيادة, زياده, ziada, extra
ابيض, أبيض, white, abyad => أبيض
وورم, وارم, warm => وورم
`

func h18aRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h18aCSV, h18aVocab)
}

// h18aEach reads each text on the lighting shop and checks the reading.
func h18aEach(t *testing.T, texts []string, check func(text string, res Result)) {
	t.Helper()
	r := h18aRules(t)
	for _, text := range texts {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		check(text, res)
	}
}

// TestRules_HeadFoldedInVocabulary: the head noun said inside a phrase the
// shop's vocabulary folds into one synonym ("كشاف سقف" → "بانل") is still
// said: a thing the shop does not sell after "و" ("و مروحة") is another
// thing, never a sign the line names something unknown.
func TestRules_HeadFoldedInVocabulary(t *testing.T) {
	h18aEach(t, []string{
		"عايز ٦ كشاف سقف ٦٠ في ٦٠ أبيض و مروحة سقف",
		"عايز ٦ كشاف سقف ٦٠ في ٦٠ أبيض ومروحة سقف",
		"3ayez 6 kashaf sa2f 60 fe 60 abyad w marwa7a",
	}, func(text string, res Result) {
		found := false
		for _, it := range res.Items {
			if it.SKU == "PNL-60" && it.Quantity.String() == "6" && it.Color == "أبيض" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: the panels not read: %+v", text, res.Items)
		}
	})
}

// TestRules_HeadNounSaidFirst: the head noun said first names the kind
// asked; a purpose phrase after it ("ليها للنجفة الكريستال ٥ شمعات": for
// the crystal chandelier) may say more of another product's name, yet the
// goods are the head noun's (a wire: which one, when the shop sells
// several), never the thing they are for.
func TestRules_HeadNounSaidFirst(t *testing.T) {
	h18aEach(t, []string{
		"عايز ٢٠ متر سلك كهرباء ٢ مم ليه للنجفة الكريستال 5 شمعات",
		"محتاج سلك ليها للنجفة الكريستال 5 شمعات",
		"محتاج سلك ليها للنجفة الكريستال ال 5 شمعات اللي عندي",
	}, func(text string, res Result) {
		if len(res.Items) != 1 {
			t.Fatalf("%s: %+v, want one line", text, res.Items)
		}
		it := res.Items[0]
		products := []string{it.SKU}
		if it.SKU == "" {
			products = nil
			for _, c := range it.Ambiguous {
				products = append(products, c.Product.SKU)
			}
		}
		for _, sku := range products {
			if !strings.HasPrefix(sku, "WIRE-") {
				t.Errorf("%s: %q read, want a wire (%+v)", text, products, it)
			}
		}
	})
}

// TestRules_ExtraOfGoods: "زيادة" (extra) said after goods ("سلك زيادة")
// wants more of them; where the catalog names a service with the word
// ("تمديد سلك زيادة"), the words after the amount still tell which goods
// ("مجدول": the stranded wire), and the amount stays theirs.
func TestRules_ExtraOfGoods(t *testing.T) {
	want := map[string]string{
		"محتاج سلك زيادة ١٥ متر مجدول":     "15",
		"محتاج سلك زيادة ١٤ ونص متر مجدول": "14.5",
		"me7tag slk ziada 15 metr magdool": "15",
	}
	texts := make([]string, 0, len(want))
	for text := range want {
		texts = append(texts, text)
	}
	h18aEach(t, texts, func(text string, res Result) {
		if len(res.Items) != 1 || res.Items[0].SKU != "WIRE-3S" || res.Items[0].Quantity.String() != want[text] {
			t.Errorf("%s: %+v, want %s m of the stranded wire", text, res.Items, want[text])
		}
	})
}
