package understand

import "testing"

// h36eShoeCSV: a shoe shop whose plain leather shoe is named "عادية" and
// whose vocabulary groups "عادي" with a flat insole's "فلات".
const h36eShoeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHOE-STD,جزمة جلد عادية,Standard leather shoes,جزمة جلد|جزمة كلاسيك,جزم,piece,900,20,جلد,أسود|بني
SHOE-MED,جزمة جلد طبي,Medical leather shoes,جزمة طبي|طبي,جزم,piece,1300,15,جلد,أسود|بني
INSOLE-FLAT,فرش فلات,Flat insole,فرش عادي|فلات,فرش,piece,60,50,,
INSOLE-MED,فرش طبي سيليكون,Silicone medical insole,فرش طبي|فرش سيليكون,فرش,piece,150,40,,
`

const h36eShoeVocab = `جزمة, جزمه, جزم, shoes, shoe, gazma
جلد, leather, geld
فلات, عادي, flat
فرش, insole, insoles, farsh
سيليكون, silicone
اسود, أسود, سودا, black, eswed => أسود
بني, brown, bonny => بني
`

// TestRules_AdjectiveOfGoods: a plain adjective said right after goods
// that the shop's vocabulary rewrote into another product's whole name
// describes those goods when a product of theirs has it in its names —
// never that other product's line. (English writes the name's adjective
// as said, so the vocabulary rewrites both alike: read as before.)
func TestRules_AdjectiveOfGoods(t *testing.T) {
	r := rulesFrom(t, h36eShoeCSV, h36eShoeVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"الجزمة الجلد العادي بكام؟ والفرش الطبي بكام؟", []wantItem{{"SHOE-STD", 1, "", nil}, {"INSOLE-MED", 1, "", nil}}},
		{"gazma geld 3adi b kam?", []wantItem{{"SHOE-STD", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"٢ جزمة جلد عادي، واحدة سودا وواحدة بني، وفرش طبي", []wantItem{{"SHOE-STD", 1, "أسود", nil}, {"SHOE-STD", 1, "بني", nil}, {"INSOLE-MED", 1, "", nil}}},
		{"2 standard leather shoes in black and a silicone insole", []wantItem{{"SHOE-STD", 2, "أسود", nil}, {"INSOLE-MED", 1, "", nil}}},
		{"gazma geld 3adi sooda w farsh silicone", []wantItem{{"SHOE-STD", 1, "أسود", nil}, {"INSOLE-MED", 1, "", nil}}},
		// the adjective said alone after و is still the insole asked
		{"جزمة جلد طبي سودا وفرش عادي", []wantItem{{"SHOE-MED", 1, "أسود", nil}, {"INSOLE-FLAT", 1, "", nil}}},
	})
}

// h36eCosmeticsCSV: a cosmetics shop selling one shampoo in two bottle
// sizes, named by their millilitres.
const h36eCosmeticsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHAMPOO-250,شامبو 250 مل,Shampoo 250 ml,شامبو صغير|شامبو 250,شامبو,piece,90,30,,
SHAMPOO-500,شامبو 500 مل,Shampoo 500 ml,شامبو كبير|شامبو 500,شامبو,piece,160,20,,
COMB,مشط خشب,Wooden comb,مشط|مشط شعر,أدوات,piece,45,40,,
BRUSH,فرشة شعر,Hair brush,فرشة|فرشاة شعر,أدوات,piece,70,60,,
`

const h36eCosmeticsVocab = `شامبو, shampoo
مل, ml
مشط, comb
فرشة, brush
`

// TestRules_NameFigureOfNextLine: after goods, "and 2 bottles of the 250
// ml …": the figure a name carries, after a count said for a line not
// opened yet, names that line — never a figure dropped from the line
// before.
func TestRules_NameFigureOfNextLine(t *testing.T) {
	r := rulesFrom(t, h36eCosmeticsCSV, h36eCosmeticsVocab)
	checkCases(t, r, Order, []itemCase{
		{"I'd like a wooden comb and 2 bottles of the 250 ml shampoo", []wantItem{{"COMB", 1, "", nil}, {"SHAMPOO-250", 2, "", nil}}},
		{"a hair brush and 3 bottles of the 500 ml shampoo please", []wantItem{{"BRUSH", 1, "", nil}, {"SHAMPOO-500", 3, "", nil}}},
	})
}

// h36ePhoneCSV: a phone repair shop's screens by size.
const h36ePhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-6,تغيير شاشة موبايل 6 بوصة (الشاشة والتركيب),Phone screen replacement 6 inch,شاشة 6|شاشة موبايل 6,شاشات,piece,1500,5,,
SCR-65,تغيير شاشة موبايل 6.5 بوصة (الشاشة والتركيب),Phone screen replacement 6.5 inch,شاشة 6.5|شاشة موبايل 6.5,شاشات,piece,1900,5,,
CASE,جراب موبايل سيليكون,Silicone phone case,جراب|كفر,اكسسوارات,piece,120,50,,أسود|شفاف
`

const h36ePhoneVocab = `شاشة, شاشه, screen, shasha
موبايل, تليفون, phone, mobile
تغيير, غير, غيرولي, غيرلي, change, replace
بوصة, بوصه, inch
جراب, كفر, case, cover
`

// TestRules_SizeOpeningTrouble: a clause telling what is wrong with the
// customer's own thing that opens with "it is" and its size, right after
// the goods named ("غيرولي شاشة الموبايل، هي ٦ بوصة ومكسورة"), gives the
// goods their size; the rest is the story.
func TestRules_SizeOpeningTrouble(t *testing.T) {
	r := rulesFrom(t, h36ePhoneCSV, h36ePhoneVocab)
	checkCases(t, r, Order, []itemCase{
		{"غيرولي شاشة الموبايل، هي ٦ بوصة ومكسورة من الركن، وعايز جراب سيليكون اسود", []wantItem{{"SCR-6", 1, "", nil}, {"CASE", 1, "أسود", nil}}},
		{"غيرولي شاشة الموبايل، هي ٦.٥ بوصة ومشروخة", []wantItem{{"SCR-65", 1, "", nil}}},
	})
}
