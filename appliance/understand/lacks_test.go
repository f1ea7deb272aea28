package understand

import (
	"context"
	"testing"
)

// A shop of one kind in several versions: roller blinds plain, blackout
// and motorised; laminate Turkish and German; adhesives plain, flexible
// and for marble.
const kindsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RB-PLAIN,ستارة رول,Roller blind,رول,رول,sqm,400,,بوليستر,أبيض|بيج
RB-BO,ستارة رول بلاك اوت,Blackout roller blind,رول بلاك اوت,رول,sqm,600,,بوليستر,أبيض|بيج
RB-MOT,ستارة رول بموتور,Motorised roller blind,رول موتور,رول,sqm,1200,,بوليستر,أبيض
LAM-TR,باركيه لامينيت تركي,Turkish laminate,باركيه تركي,باركيه,sqm,300,,HDF,بلوط
LAM-DE,باركيه لامينيت ألماني,German laminate,باركيه الماني,باركيه,sqm,450,,HDF,بلوط
GLUE,لاصق سيراميك,Tile adhesive,لاصق,لاصق,piece,120,,,
GLUE-FLEX,لاصق فليكس للبورسلين,Flexible porcelain adhesive,لاصق فليكس,لاصق,piece,220,,,
GLUE-MARBLE,لاصق ابيض للرخام,White marble adhesive,لاصق رخام,لاصق,piece,260,,,
`

func kindsRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, kindsCSV, "ابيض, وايت => أبيض\n")
}

// TestRules_LacksWhatWasSaid: a line lacks only a word the customer said
// of it as a thing wanted: not a word under a negation ("من غير موتور"),
// a letter left of a contraction ("what's"), a function word, a room, or
// "عادي" said of how it is used.
func TestRules_LacksWhatWasSaid(t *testing.T) {
	r := kindsRules(t)
	for _, tt := range []struct {
		text, sku string
	}{
		{"عايز ستارة رول بلاك اوت ابيض من غير موتور", "RB-BO"},
		{"3ayez setara roll black out abyad men gher motor", "RB-BO"},
		{"what's the price of a blackout roller blind?", "RB-BO"},
		{"ستارة رول بلاك اوت بيج للاوضة والحمام التاني", "RB-BO"},
		{"ستارة رول بلاك اوت بيج، هشدها بالايد عادي", "RB-BO"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) == 0 || res.Items[0].SKU != tt.sku || len(res.Items[0].Lacks) > 0 {
				t.Errorf("%s: want %s lacking nothing, got %+v", tt.text, tt.sku, res.Items)
			}
		})
	}
	// what the customer said and the shop lacks is still said, and no
	// product of the kind is taken for it
	for _, text := range []string{"عايز ستارة رول شيفون", "عايز ستارة رول بموتور شيفون"} {
		res, _ := r.Understand(context.Background(), text)
		if len(res.Items) == 0 || len(res.Items[0].Lacks) == 0 && len(res.Unexplained) == 0 {
			t.Errorf("%s: a chiffon roller blind the shop lacks was read as carried: %+v", text, res)
		}
	}
}
