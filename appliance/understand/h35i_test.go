package understand

import "testing"

// An air-conditioning shop (no event rentals): units and fans sold, an
// installation whose name says the transport is included, and a delivery
// of its own.
const h35iCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AC-15,تكييف سبليت ١.٥ حصان,Split AC 1.5 HP,تكييف|سبليت,تكييفات,piece,18000,12,,
FAN-CEIL,مروحة سقف,Ceiling fan,مروحه سقف|مراوح سقف,مراوح,piece,1500,30,,
SRV-INST,تركيب التكييف شامل النقل (للجهاز),AC installation transport included (per unit),تركيب|تركيب تكييف,خدمات,piece,1200,,,
SRV-DELIV,توصيل داخل المدينة,Delivery in town,توصيل|دليفري,خدمات,piece,150,,,
`

const h35iVocab = `تكييف, تكييفات, تكيف, ac, takyeef
مروحة, مروحه, مراوح, fan, fans, marwaha
سقف, ceiling, sa2f
توصيل, delivery, tawseel
تركيب, installation, tarkeeb
`

// TestRules_DeliveryIncludedInWork: a delivery said beside a work whose
// catalog name includes the transport ("شامل النقل") is that work's, no
// line of the delivery service; without such a work it stays.
func TestRules_DeliveryIncludedInWork(t *testing.T) {
	r := rulesFrom(t, h35iCSV, h35iVocab)
	h35aCheck(t, r, "توصيل وتركيب التكييف عندكم بكام؟", []h35aLine{{"SRV-INST", 1}})
	h35aCheck(t, r, "how much is delivery and installation?", []h35aLine{{"SRV-INST", 1}})
	// a delivery with goods alone is the shop's delivery
	h35aCheck(t, r, "عايز ٢ مروحة سقف والتوصيل", []h35aLine{{"FAN-CEIL", 2}, {"SRV-DELIV", 1}})
	// the carrying of one thing leaves the delivery of the rest
	if transportIncluded("تجهيز الحوض (شامل توصيل الحوض)", "") || !transportIncluded("", "Setup at the venue, transport included") ||
		transportIncluded("", "Tank setup (tank delivery included)") {
		t.Error("transportIncluded: only the transport of everything counts")
	}
}

// TestRules_SendThemClosingTheList: "وابعتوهم" closing a list of goods,
// and "وابعتوا على <place>" after them, order the shop's one delivery;
// sent on WhatsApp or asked, no delivery.
func TestRules_SendThemClosingTheList(t *testing.T) {
	r := rulesFrom(t, h35iCSV, h35iVocab)
	h35aCheck(t, r, "٣ مراوح سقف وابعتوهم", []h35aLine{{"FAN-CEIL", 3}, {"SRV-DELIV", 1}})
	h35aCheck(t, r, "عايز ٢ مروحة سقف وابعتوا على المعادي", []h35aLine{{"FAN-CEIL", 2}, {"SRV-DELIV", 1}})
	h35aCheck(t, r, "3 marwaha sa2f w eb3atohom", []h35aLine{{"FAN-CEIL", 3}, {"SRV-DELIV", 1}})
	h35aCheck(t, r, "عايز ٢ مروحة سقف وابعتوا على الواتس", []h35aLine{{"FAN-CEIL", 2}})
}

// TestRules_OwnWorkButSend: the customer's own work ("احنا هنركبها
// بنفسنا") is set aside only up to "بس" (but): what the shop is asked
// after it ("بس ابعتوهم على البيت") is ordered.
func TestRules_OwnWorkButSend(t *testing.T) {
	r := rulesFrom(t, h35iCSV, h35iVocab)
	h35aCheck(t, r, "٣ مراوح سقف، احنا هنركبها بنفسنا بس ابعتوهم على البيت", []h35aLine{{"FAN-CEIL", 3}, {"SRV-DELIV", 1}})
	h35aCheck(t, r, "٣ مراوح سقف، احنا هنركبها بنفسنا", []h35aLine{{"FAN-CEIL", 3}})
}

// A gift shop: boxes, and ribbons rented apart in colours.
const h35iGiftCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOX-SQ,علبة هدايا مربعة,Square gift box,علبة هدايا|علب هدايا,علب,piece,40,100,كرتون,
RIB,شريطة ساتان للعلبة,Satin ribbon for a box,شريطة|شرايط,شرايط,piece,5,500,ساتان,أحمر|ذهبي|أبيض
`

const h35iGiftVocab = `علبة, علب, box, boxes
هدايا, هدية, gift, gifts
شريطة, شرايط, ribbon, ribbons
`

// TestRules_MoreWithAccessory: "و<N> بـ<accessory>" after counted goods
// read with that accessory has no noun of its own: N more of the goods.
func TestRules_MoreWithAccessory(t *testing.T) {
	r := rulesFrom(t, h35iGiftCSV, h35iGiftVocab)
	h35aCheck(t, r, "٤ علب هدايا بشرايط حمرا و٣ بشرايط دهبي", []h35aLine{{"BOX-SQ", 7}, {"RIB", 4}, {"RIB", 3}})
}
