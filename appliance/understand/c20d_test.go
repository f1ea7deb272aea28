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
