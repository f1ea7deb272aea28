package understand

import "testing"

// A curtains shop.
const c17bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CR-BLK,ستارة بلاك اوت,Blackout curtain,,ستائر,meter,450,100,قماش,بني غامق|بني فاتح|رمادي
CR-CHF,ستارة شيفون,Chiffon curtain,,ستائر,meter,300,100,شيفون,أبيض|بيج
`

const c17bVocab = `بني غامق, بني محروق, dark brown => بني غامق
بني فاتح, light brown => بني فاتح
ابيض, abyad, white => أبيض
`

// TestRules_OrderedOtherCame: "I ordered X and Y came" names what came
// against what was ordered — a complaint, though no word of a defect is
// said (it was greeted: "طلبت بني محروق وجالي فاتح"). Goods wanted with
// a shade, and goods that came at a time, are no such thing.
func TestRules_OrderedOtherCame(t *testing.T) {
	r := rulesFrom(t, c17bCSV, c17bVocab)
	for _, text := range []string{
		"طلبت بني محروق وجالي فاتح",
		"انا طالب ستارة بلاك اوت بني غامق ووصلتني رمادي",
		"طلبت ٦ متر وجالي ٥",
		"talabt abyad w gali beige",
		"I ordered dark brown and got light brown",
	} {
		if res := understandText(t, r, text); res.Intent != Complaint {
			t.Errorf("%s: %s, want a complaint", text, res.Intent)
		}
	}
	for _, text := range []string{"عايز ٦ متر ستارة بلاك اوت بني فاتح", "I want 6 m of the blackout curtain in light brown"} {
		if res := understandText(t, r, text); res.Intent != Order {
			t.Errorf("%s: %s, want an order", text, res.Intent)
		}
	}
}
