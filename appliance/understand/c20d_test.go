package understand

import "testing"

// Session twenty's c20d classes, on a small clothing shop of its own (none
// of the development sets' catalogs or sentences): a cotton T-shirt and a
// hoodie in several colours, sold by the piece.
const c20dCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TS-COT,تيشيرت قطن,Cotton T-shirt,تيشيرت|tshirt,ملابس,piece,150,40,قطن,أحمر|أزرق|أسود|أبيض
HD-FLC,هودي فليس,Fleece hoodie,هودي|hoodie,ملابس,piece,400,20,فليس,أسود|رمادي|كحلي
`

const c20dVocab = `تيشيرت, tshirt, t-shirt
هودي, hoodie
احمر, a7mar, red => أحمر
ازرق, azra2, blue => أزرق
اسود, eswed, black => أسود
ابيض, abyad, white => أبيض
رمادي, rasasy, grey => رمادي
`

// TestRules_ColoursCountedAfterTheGoods: after the goods, a list of
// colours each followed by its own count ("تيشيرت احمر ٢ وازرق اتنين
// واسود واحد", "tshirt red 2, blue 3") is one line per colour with its
// count, whether the count is in figures or in words and whether the list
// runs on و or on commas — never the later colours lost or the counts
// merged into one line that asks its colour.
func TestRules_ColoursCountedAfterTheGoods(t *testing.T) {
	r := rulesFrom(t, c20dCSV, c20dVocab)
	three := []wantItem{{"TS-COT", 2, "أحمر", nil}, {"TS-COT", 2, "أزرق", nil}, {"TS-COT", 1, "أسود", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز تيشيرت قطن احمر ٢ وازرق ٢ واسود واحد", three},
		{"عايز تيشيرت احمر اتنين وازرق اتنين واسود واحد", three},
		{"عايز تيشيرت احمر ٢، ازرق ٢، اسود ١", three},
		{"عايز هودي اسود ٣ ورمادي اتنين", []wantItem{{"HD-FLC", 3, "أسود", nil}, {"HD-FLC", 2, "رمادي", nil}}},
		{"3ayez tshirt a7mar 2 w azra2 2 w eswed wa7ed", three},
		{"I want a tshirt red 2, blue 2, black 1", three},
	})
}

// TestRules_TornSaidInThePast: goods already bought ("اللي خدتها",
// "اللي اشتريته") that tore or got a hole, said in the past reflexive with
// its person ending ("اتقطعت", "اتقطعوا", "اتخرمت"; English "ripped",
// "tore", "snapped"), are a complaint for staff, never an order asking
// which of the goods — as "اتقطع", "اتكسرت" and Franco "et2ata3et"
// already are.
// A new order of the same goods stays an order.
func TestRules_TornSaidInThePast(t *testing.T) {
	r := rulesFrom(t, c20dCSV, c20dVocab)
	checkIntents(t, r, []intentCase{
		{"التيشيرت اللي خدته الاسبوع اللي فات اتقطعت من اول غسلة", Complaint},
		{"الهودي اللي اشتريته اتخرم من اول مرة", Complaint},
		{"التيشيرتات اللي خدتهم اتقطعوا", Complaint},
		{"el hoodie elly khadto el esbo3 elly fat et2ata3et", Complaint},
		{"The hoodie I bought last week ripped the first time I wore it", Complaint},
		{"the tshirt I got from you tore after one wash", Complaint},
		{"عايز تيشيرت قطن احمر ٢", Order},
	})
}

// An aquarium shop: tanks and the lids made for each size.
const c20dTanksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TANK-60,حوض سمك 60 سم,Fish tank 60 cm,,أحواض,piece,1200,5,زجاج,
TANK-80,حوض سمك 80 سم,Fish tank 80 cm,,أحواض,piece,1800,5,زجاج,
TANK-100,حوض سمك 100 سم,Fish tank 100 cm,,أحواض,piece,2600,5,زجاج,
LID-60,غطا حوض 60 سم,Tank lid 60 cm,,إكسسوارات,piece,250,10,بلاستيك,
LID-80,غطا حوض 80 سم,Tank lid 80 cm,,إكسسوارات,piece,300,10,بلاستيك,
`

const c20dTanksVocab = `حوض, 7od, tank
غطا, ghata, lid
سمك, samak, fish
`

// TestRules_AccessoryThatFitsIt: an accessory said to be for the goods
// named before it — "بتاعه/بتاعها" as "ليه/ليها" were, Franco "leha",
// "beta3o", English "that fits it", "to fit it" — takes the size that
// goods' name gives ("حوض سمك 80 سم وغطا بتاعه" → the 80 cm lid); when
// none of the accessory's sizes is the goods' (a 100 cm tank), it stays
// asked, never another size invoiced.
func TestRules_AccessoryThatFitsIt(t *testing.T) {
	r := rulesFrom(t, c20dTanksCSV, c20dTanksVocab)
	both := []wantItem{{"TANK-80", 1, "", nil}, {"LID-80", 1, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز حوض سمك 80 سم وغطا بتاعه", both},
		{"3ayez 7od samak 80 sm w ghata beta3o", both},
		{"3ayez 7od samak 80 sm w ghata leha", both},
		{"I want the 80 cm fish tank and a lid that fits it", both},
		{"I want the 80 cm fish tank and a lid to fit it", both},
	})
	for _, text := range []string{"عايز حوض سمك 100 سم وغطا بتاعه", "I want the 100 cm fish tank and a lid that fits it"} {
		res := understandText(t, r, text)
		if len(res.Items) != 2 || res.Items[1].SKU != "" && len(res.Items[1].Ambiguous) == 0 {
			t.Errorf("%s: %+v, want the lid asked (none fits the 100 cm tank)", text, res.Items)
		}
	}
}
