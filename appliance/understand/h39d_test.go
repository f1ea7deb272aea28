package understand

import (
	"context"
	"testing"
)

// Branch h39d, on catalogs of their own (none of round 39's names or
// sentences): phone repair and a phone-accessories shop, a watch
// repairer and an eye clinic.
const h39dRepairCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-ORIG,شاشة موبايل أصلي,Original phone screen,شاشة اصلي,تصليح,piece,2500,,,
SCR-COPY,شاشة موبايل كوبي,Copy phone screen,شاشة كوبي,تصليح,piece,1200,,,
COVER,جراب موبايل,Phone cover,جراب,اكسسوار,piece,150,30,,
`

const h39dRepairVocab = `شاشة, شاشته, شاشتها, shasha, screen
موبايل, mobile, phone
`

const h39dPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCREEN,اسكرينة زجاج,Glass screen protector,اسكرينة,اكسسوار,piece,100,40,,
BATTERY,تغيير بطارية موبايل,Phone battery replacement,بطارية,تصليح,piece,600,,,
`

const h39dPhoneVocab = `اسكرينة, skreena, screen protector
بطارية, battery, batarya
`

const h39dWatchCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STRAP,أستيك ساعة جلد,Leather watch strap,استيك,اكسسوار,piece,250,10,,
WBATTERY,تغيير بطارية ساعة,Watch battery change,بطارية,تصليح,piece,80,,,
`

const h39dWatchVocab = `استيك, strap, esteek
بطارية, battery
ساعة, watch, sa3a
`

const h39dEyeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LENS-DAY,عدسات لاصقة يومي,Daily contact lenses,عدسات يومي,عدسات,piece,900,10,,
LENS-MONTH,عدسات لاصقة شهري,Monthly contact lenses,عدسات شهري,عدسات,piece,700,10,,
DROPS,قطرة مرطبة,Lubricating eye drops,قطرة,قطرات,piece,120,20,,
`

const h39dEyeVocab = `عدسات, عدسة, 3adasat, lenses, contact lenses
قطرة, 2atra, drops
`

// TestRules_OwnThingFaultThenRequest: the customer's own thing ("عندي",
// "my", Franco "3andy"), its part's fault and a request on "it" in one
// breath ("عندي موبايل شاشته اتكسرت عايز اغيرها") is an order for the
// part told, asked among its kinds — no complaint, since nothing came
// from the shop.
func TestRules_OwnThingFaultThenRequest(t *testing.T) {
	r := rulesFrom(t, h39dRepairCSV, h39dRepairVocab)
	for _, text := range []string{
		"عندي موبايل شاشته اتكسرت عايز اغيرها",
		"عندي موبايل شاشته اتكسرت عايزة اغيره",
		"الموبايل بتاعي شاشته باظت عايز اغيرها",
	} {
		checkAskedAmong(t, r, text, "SCR-ORIG", "SCR-COPY")
		checkIntents(t, r, []intentCase{{text, Order}})
	}
}

// TestRules_OwnThingFaultOfTheShopStaysComplaint: the same fault told of
// a thing bought from the shop, received from it, or called a complaint
// stays a complaint.
func TestRules_OwnThingFaultOfTheShopStaysComplaint(t *testing.T) {
	r := rulesFrom(t, h39dRepairCSV, h39dRepairVocab)
	checkIntents(t, r, []intentCase{
		{"عندي موبايل اشتريته منكم شاشته اتكسرت عايز اغيرها", Complaint},
		{"عندي شكوى الموبايل شاشته اتكسرت عايز اغيرها", Complaint},
		{"جالي الموبايل امبارح شاشته اتكسرت", Complaint},
	})
}

// TestRules_IfYouRepairWhatIsNotDone: beside an order, "ولو بتصلحوا X"
// (Franco "w law btsala7o X", English "and if you repair / fix X"): X
// holding a word no product has is work the shop may not do — the
// order's line stays and a word is left for a person.
func TestRules_IfYouRepairWhatIsNotDone(t *testing.T) {
	r := rulesFrom(t, h39dPhoneCSV, h39dPhoneVocab)
	for _, text := range []string{
		"عايز اسكرينة، ولو بتصلحوا لابتوبات عندي واحد شاشته مكسورة",
		"3ayez skreena, w law btsala7o laptopat 3andy wa7ed",
		"I want a screen protector, and if you repair laptops I have one with a broken hinge",
		"I want a screen protector, and if you fix laptops I have one",
	} {
		checkItems(t, r, text, Order, []wantItem{{"SCREEN", 1, "", nil}})
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) == 0 {
			t.Errorf("%s: nothing left for a person", text)
		}
	}
}

// TestRules_PartComingApartIsTold: "the strap is coming apart", "the
// sole came off", said of the customer's own thing beside a request of
// another work, is the trouble told — no line of the part.
func TestRules_PartComingApartIsTold(t *testing.T) {
	r := rulesFrom(t, h39dWatchCSV, h39dWatchVocab)
	checkItems(t, r, "My watch: the strap is coming apart at the buckle. Please change the battery.", Order, []wantItem{{"WBATTERY", 1, "", nil}})
	checkItems(t, r, "My watch: the strap came off. Please change the battery.", Order, []wantItem{{"WBATTERY", 1, "", nil}})
}

// TestRules_WhichOneAdvisedIsTheChoice: "which one do you recommend?"
// ("انهي نوع تنصحني بيه؟", Franco "anhy no3 tensa7ny beeh?") after goods
// the shop sells in several kinds asks which of them — the line's choice,
// no advice for a person; said of goods of one kind it stays a question
// for staff.
func TestRules_WhichOneAdvisedIsTheChoice(t *testing.T) {
	r := rulesFrom(t, h39dEyeCSV, h39dEyeVocab)
	for _, text := range []string{
		"محتاج عدسات لاصقة، انهي نوع تنصحني بيه؟",
		"m7tag 3adasat, anhy no3 tensa7ny beeh?",
		"I need contact lenses, which one do you recommend?",
	} {
		checkAskedAmong(t, r, text, "LENS-DAY", "LENS-MONTH")
	}
	checkForStaff(t, r, "محتاج قطرة، انهي نوع تنصحني بيه؟", "I need eye drops, which one do you recommend?")
}
