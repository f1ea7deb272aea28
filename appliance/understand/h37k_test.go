package understand

import "testing"

// Branch h37k, on catalogs of their own (none of round 36's names or
// sentences): a phone-accessories shop, a haberdashery and a car
// workshop.
const h37kPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COVER,جراب موبايل سيليكون,Silicone phone cover,جراب,اكسسوار,piece,150,30,,
SCREEN,اسكرينة زجاج,Glass screen protector,اسكرينة|سكرينة,اكسسوار,piece,100,40,,
SRV-FIT,تركيب اسكرينة (للقطعة),Screen protector fitting (per piece),تركيب,خدمات,piece,30,,,
SRV-SOFT,تسطيب سوفت وير وفورمات (للجهاز),Software installation and format (per device),سوفت وير|فورمات,خدمات,piece,200,,,
`

const h37kPhoneVocab = `تركيب, يركب, install, installation, fitting, tarkeeb
تسطيب, سطب, فورمات, ويندوز, windows, format, tasteeb
جراب, garab, cover
اسكرينة, skreena, screen
`

const h37kCraftCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
EYE,عين متحركة للعرايس,Googly eyes for dolls,عيون متحركة,خردوات,piece,2,500,,
SCISSORS,مقص قماش,Fabric scissors,مقص,خردوات,piece,80,20,,
THREAD,بكرة خيط,Thread spool,خيط,خردوات,piece,15,100,,
`

const h37kCraftVocab = `مقص, ma2as, scissors
خيط, kheet, thread
`

const h37kCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAD,تيل فرامل سيراميك,Ceramic brake pads,تيل,قطع غيار,piece,900,12,,
SRV-PAD,تغيير تيل فرامل,Brake pad replacement,تغيير تيل,خدمات,piece,150,,,
OIL,زيت موتور 5 لتر,Engine oil 5 litre,زيت,زيوت,piece,1200,20,,
`

const h37kCarVocab = `تيل, teel, pads
زيت, zeit, oil
`

// TestRules_TwoWorksJoinedByAnd: two bare works joined by و ("وتركيب
// وويندوز", "w tarkeeb w format") are two lines when only the English
// name of one of them joins its own words ("installation and format")
// and the fitting's word reached it through the vocabulary; an English
// customer's "installation and format" is still that one service.
func TestRules_TwoWorksJoinedByAnd(t *testing.T) {
	r := rulesFrom(t, h37kPhoneCSV, h37kPhoneVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز اسكرينة وتركيب وويندوز", []wantItem{{"SCREEN", 1, "", nil}, {"SRV-FIT", 1, "", nil}, {"SRV-SOFT", 1, "", nil}}},
		{"3ayez skreena w tarkeeb w format", []wantItem{{"SCREEN", 1, "", nil}, {"SRV-FIT", 1, "", nil}, {"SRV-SOFT", 1, "", nil}}},
	})
}

// TestRules_FrancoDiphthongIsTheLongVowel: "3ein" writes the ي of عين
// with two vowel letters; a cue word of the same consonants with no long
// vowel (عن) is never it, and the goods with their count are a line.
func TestRules_FrancoDiphthongIsTheLongVowel(t *testing.T) {
	r := rulesFrom(t, h37kCraftCSV, h37kCraftVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 20 3ein", []wantItem{{"EYE", 20, "", nil}}},
		{"3ayez 20 3ein w ma2as", []wantItem{{"EYE", 20, "", nil}, {"SCISSORS", 1, "", nil}}},
	})
}

// TestRules_OwnVerbOfTheShopsWork: "عايز اغير تيل الفرامل" (I want to
// change the brake pads) asks for the pad replacement the shop sells,
// whose name holds the verb's noun and those goods, never the pads alone.
func TestRules_OwnVerbOfTheShopsWork(t *testing.T) {
	r := rulesFrom(t, h37kCarCSV, h37kCarVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز اغير تيل الفرامل", []wantItem{{"SRV-PAD", 1, "", nil}}},
		{"العربية عايز اغير تيل الفرامل و زيت", []wantItem{{"SRV-PAD", 1, "", nil}, {"OIL", 1, "", nil}}},
	})
}

const h37kCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CLEAN-2R,تنضيف شقة أوضتين,Cleaning a two-room flat,تنضيف شقة اوضتين,تنضيف,piece,900,,,
CLEAN-3R,تنضيف شقة 3 أوض,Cleaning a three-room flat,تنضيف شقة تلات اوض,تنضيف,piece,1200,,,
SOFA,تنضيف كنبة,Sofa cleaning,تنضيف كنبة,تنضيف,piece,300,,,
`

const h37kCleanVocab = `تنضيف, تنظيف, tandeef, cleaning
شقة, شقه, apartment
اوض, اوضة, غرف, rooms
`

// TestRules_OwnVerbOfTheShopsWorkWe: "عايزين ننضف شقة ٣ اوض" (we want to
// clean a three-room flat), the verb said for "we", is the cleaning of
// that flat, as "تنضيف شقة ٣ اوض" is — never a greeting, never the rooms
// alone.
func TestRules_OwnVerbOfTheShopsWorkWe(t *testing.T) {
	r := rulesFrom(t, h37kCleanCSV, h37kCleanVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزين ننضف شقة ٣ اوض", []wantItem{{"CLEAN-3R", 1, "", nil}}},
		{"عايزة انضف شقة ٣ اوض وكنبة", []wantItem{{"CLEAN-3R", 1, "", nil}, {"SOFA", 1, "", nil}}},
	})
}
