package understand

import "testing"

// A work a product's name says the goods come without (branch h34h): a
// furniture shop selling tables "(من غير تركيب)" and the assembly per
// piece, and a phone shop selling covers "(من غير حفر)" and engraving a
// name per piece (none of the blind sets' catalogs or sentences).
const h34hFurnCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL-S,ترابيزة خشب صغيرة (من غير تركيب),Small wooden table (assembly not included),ترابيزة صغيرة,ترابيزات,piece,900,10,خشب,بني|أبيض
TBL-L,ترابيزة خشب كبيرة (من غير تركيب),Large wooden table (assembly not included),ترابيزة كبيرة,ترابيزات,piece,1500,10,خشب,بني|أبيض
SHELF,رف حيطة خشب,Wooden wall shelf,رف,رفوف,piece,300,20,خشب,بني
ASM,تركيب (للقطعة),Assembly (per piece),,خدمات,piece,100,,,
`

const h34hFurnVocab = `ترابيزة, ترابيزات, tarabeza, table, tables
تركيب, ركب, متركب, متركبة, متركبين, tarkeeb, assembly, assembled
بني, brown, bonny => بني
ابيض, أبيض, white, abyad => أبيض
`

const h34hPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COVER-A,كفر سيليكون ايفون (من غير حفر),Silicone iPhone cover (engraving not included),كفر ايفون,كفرات,piece,200,30,سيليكون,أسود|أزرق
COVER-S,كفر جلد سامسونج (من غير حفر),Leather Samsung cover (engraving not included),كفر سامسونج,كفرات,piece,250,30,جلد,أسود|أزرق
ENGRAVE,حفر اسم (للقطعة),Name engraving (per piece),حفر,خدمات,piece,50,,,
`

const h34hPhoneVocab = `كفر, كفرات, cover, covers, kafar
حفر, محفور, محفورة, engraving, engraved, 7afr
اسود, أسود, black, eswed => أسود
ازرق, أزرق, blue, azra2 => أزرق
`

// TestRules_WorkTheNameSaysWithout: the participle of a work said of goods
// whose name says they come without it ("(من غير تركيب)", "(من غير
// حفر)") is that work's own line, one for each of the goods, never a word
// the goods lack.
func TestRules_WorkTheNameSaysWithout(t *testing.T) {
	r := rulesFrom(t, h34hFurnCSV, h34hFurnVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ ترابيزة صغيرة بني متركبة", []wantItem{{"TBL-S", 2, "بني", nil}, {"ASM", 2, "", nil}}},
		{"عايز ٣ ترابيزة كبيرة ابيض متركبين", []wantItem{{"TBL-L", 3, "أبيض", nil}, {"ASM", 3, "", nil}}},
	})
	p := rulesFrom(t, h34hPhoneCSV, h34hPhoneVocab)
	checkCases(t, p, Order, []itemCase{
		{"عايز ٢ كفر ايفون اسود محفور عليه اسمي", []wantItem{{"COVER-A", 2, "أسود", nil}, {"ENGRAVE", 2, "", nil}}},
		{"3ayez 2 kafar samsung azra2 ma7foor", []wantItem{{"COVER-S", 2, "أزرق", nil}, {"ENGRAVE", 2, "", nil}}},
		{"2 black samsung covers engraved", []wantItem{{"COVER-S", 2, "أسود", nil}, {"ENGRAVE", 2, "", nil}}},
	})
}

// TestRules_WorkNounTheNameSaysWithout: the work's own noun said with "ب"
// of such goods ("٢ كفر … بحفر اسم") is its line with their count, never
// a word of the plain goods' name swallowed into their line (the print
// dropped); the goods said "without" it ("من غير حفر") stay alone.
func TestRules_WorkNounTheNameSaysWithout(t *testing.T) {
	p := rulesFrom(t, h34hPhoneCSV, h34hPhoneVocab)
	checkCases(t, p, Order, []itemCase{
		{"عايز ٢ كفر ايفون اسود بحفر اسم", []wantItem{{"COVER-A", 2, "أسود", nil}, {"ENGRAVE", 2, "", nil}}},
		{"عايز ٢ كفر ايفون اسود من غير حفر", []wantItem{{"COVER-A", 2, "أسود", nil}}},
		{"عايز ٢ كفر ايفون اسود بدون حفر", []wantItem{{"COVER-A", 2, "أسود", nil}}},
		{"2 black iphone covers without engraving", []wantItem{{"COVER-A", 2, "أسود", nil}}},
	})
	r := rulesFrom(t, h34hFurnCSV, h34hFurnVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ ترابيزة صغيرة بني بالتركيب", []wantItem{{"TBL-S", 2, "بني", nil}, {"ASM", 2, "", nil}}},
		{"عايز ٢ ترابيزة صغيرة بني من غير تركيب", []wantItem{{"TBL-S", 2, "بني", nil}}},
	})
}
