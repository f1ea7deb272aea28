package understand

import "testing"

// h36dPhoneCSV: a phone repair shop, its screen and battery replacements
// kept in stock (the part and its fitting in one line), a software
// install per phone, a case and a charger.
const h36dPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-11,تغيير شاشة ايفون 11 (الشاشة والتركيب),iPhone 11 screen replacement (screen and fitting),شاشة ايفون 11|تغيير شاشة 11,شاشات,piece,3500,4,,
BAT-11,تغيير بطارية ايفون 11 (البطارية والتركيب),iPhone 11 battery replacement (battery and fitting),بطارية ايفون 11|تغيير بطارية 11,بطاريات,piece,1200,6,,
SRV-SOFT,تنزيل سوفت وير (للجهاز),Software install (per device),سوفت وير|فورمات|تسطيب,خدمات,piece,150,,,
CASE,جراب سيليكون,Silicone case,جراب|كفر,اكسسوارات,piece,120,30,,
CHG,شاحن سريع,Fast charger,شاحن,اكسسوارات,piece,350,20,,
`

const h36dPhoneVocab = `ايفون, ايفون, iphone, ayfon
شاشة, شاشه, shasha, screen
بطارية, بطاريه, battery
جهاز, اجهزة, الجهاز
`

// TestRules_StockedWorkNamedByItsHead: a work kept in stock whose name
// heads with a تفعيل noun ("تغيير شاشة ايفون 11") asked by its name is the
// shop's work priced, no exchange of what came — unless goods bought
// from the shop are told.
func TestRules_StockedWorkNamedByItsHead(t *testing.T) {
	r := rulesFrom(t, h36dPhoneCSV, h36dPhoneVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"تغيير شاشة ايفون ١١ بكام؟ وتغيير البطارية كمان بكام؟", []wantItem{{"SCR-11", 1, "", nil}, {"BAT-11", 1, "", nil}}},
	})
	checkIntents(t, r, []intentCase{
		{"الشاشة اللي اشتريتها منكم امبارح فيها خط، عايز تغيير", Complaint},
	})
}

// h36dWatchCSV: a watch shop, its batteries and straps, a battery change
// kept as a work.
const h36dWatchCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-BAT,تغيير بطارية ساعة,Watch battery change,بطارية ساعة|تغيير بطارية,خدمات,piece,80,,,
STRAP-L,استيك جلد,Leather strap,استيك جلد|استيك,استيكات,piece,250,15,جلد,
SRV-LINK,تقصير استيك معدن,Metal strap shortening,تقصير استيك|تقصير,خدمات,piece,50,,,
`

const h36dWatchVocab = `ساعة, ساعه, sa3a, watch
`

// TestRules_ChangeNotWanted: an exchange verb after a want denied ("مش
// عايز اغيرها") is the customer keeping what they have: no complaint cue,
// the work asked stays the order. (Franco "mesh 3ayez aghayarha" reads no
// cue either way.)
func TestRules_ChangeNotWanted(t *testing.T) {
	r := rulesFrom(t, h36dWatchCSV, h36dWatchVocab)
	checkIntents(t, r, []intentCase{
		{"عايز تقصير استيك بس، الساعة معايا ومش عايز اغيرها، احجزلي بكره الساعة ٥", Order},
		{"الاستيك اللي اخدته منكم اتقطع، عايز اغيره", Complaint},
	})
}

// h36dShoeCSV: a shoe shop, shoes by kind, polish and insoles, a repair.
const h36dShoeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHOE-SPORT,كوتشي رياضي,Sports shoe,كوتشي|كوتشي رياضي|سنيكرز,احذية,piece,1200,10,,أسود|أبيض
SHOE-CLASSIC,جزمة كلاسيك جلد,Classic leather shoe,جزمة|جزمة كلاسيك|جزمة جلد,احذية,piece,1500,8,جلد,أسود|بني
INSOLE,فرش طبي,Medical insole,فرش|فرش طبي,اكسسوارات,piece,150,30,,
SRV-SOLE,تغيير نعل,Sole replacement,نعل|تغيير نعل,خدمات,piece,200,,,
`

const h36dShoeVocab = `جزمة, جزمه, gazma, shoes
كوتشي, كوتشى, kotshy, sneakers
`

// h36dDairyCSV: a dairy shop, cheese and bread by the piece.
const h36dDairyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHEESE-W,جبنة بيضا (ربع كيلو),White cheese (quarter kilo),جبنة بيضا|جبنة,اجبان,piece,45,40,,
BALADI,عيش بلدي,Baladi bread,عيش بلدي|عيش,عيش,piece,2,300,,
YOG,زبادي,Yoghurt,زبادي,البان,piece,12,60,,
`

const h36dDairyVocab = `جبنة, جبنه, gebna, cheese
`

// h36dSoftCSV: a computer shop's works — a system install per device, a
// cleaning per device — and a mouse.
const h36dSoftCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-OS,تسطيب ويندوز (للجهاز),Windows install (per device),تسطيب ويندوز|ويندوز|فورمات,خدمات,piece,200,,,
SRV-FAN,تنضيف مروحة الجهاز,Fan cleaning (per device),تنضيف مروحة,خدمات,piece,150,,,
MOUSE,ماوس,Mouse,ماوس,اكسسوارات,piece,100,20,,
`

const h36dSoftVocab = `ويندوز, windows, wendoz
`

// TestRules_ShopsSaleGoneWrong: the shop's own sale or work told first
// ("اشتريت من عندكم …", "اللي اخدتها منكم", "سطبتولي … امبارح") and,
// after it, what went wrong — in words no defect list holds ("بيتفك كل
// شوية", "مش ثابت", "ناشفة وفيها عفن", "اتمسحت") — with nothing new
// wanted or priced is a complaint; a want beside it stays the order.
func TestRules_ShopsSaleGoneWrong(t *testing.T) {
	shoes := rulesFrom(t, h36dShoeCSV, h36dShoeVocab)
	checkIntents(t, shoes, []intentCase{
		{"اشتريت من عندكم جزمة جلد من اسبوع والنعل بيطلع كل شوية والكعب مش ثابت خالص! وانتو قلتولي جلد طبيعي", Complaint},
		{"eshtarit men 3andoko gazma men esbo3 wel na3l mesh sabet khales", Complaint},
		// a new want beside the sale told: the order
		{"اشتريت من عندكم جزمة جلد الشهر اللي فات وعايز كمان فرش طبي", Order},
	})
	dairy := rulesFrom(t, h36dDairyCSV, h36dDairyVocab)
	checkIntents(t, dairy, []intentCase{
		{"الجبنة اللي اخدتها منكم الصبح ناشفة، والعيش كان فيه عفن! ده ينفع؟", Complaint},
	})
	soft := rulesFrom(t, h36dSoftCSV, h36dSoftVocab)
	checkIntents(t, soft, []intentCase{
		{"سطبتولي ويندوز امبارح والنهارده الملفات اللي على الجهاز اتمسحت كلها", Complaint},
		// imperative: the work asked, no sale told
		{"سطبولي ويندوز على جهازين", Order},
	})
}

// h36dPestCSV: a pest-control company, a flat's spraying by size and a
// follow-up visit within a month.
const h36dPestCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEST-FLAT,رش حشرات شقة,Flat pest spraying,رش حشرات|رش شقة|rash 7asharat,رش,piece,700,,,
PEST-FOLLOW,زيارة متابعة خلال شهر,Follow-up visit within a month,زيارة متابعة|متابعة|follow-up visit,رش,piece,300,,,
GEL,جل صراصير,Cockroach gel,جل|جل صراصير,منتجات,piece,90,40,,
`

const h36dPestVocab = `رش, رشة, rash, spraying
زيارة, زياره, zeyara, visit
`

// TestRules_TimeTalkAroundOrder: a span of time after "بعد"/"من" ("بعد
// ٣ اسابيع", Franco "ba3d 3 asabee3", English "after 3 weeks") and the
// object of a clause of time ("بعد ما نفرش العفش") tell when, no word
// left unread beside the order.
func TestRules_TimeTalkAroundOrder(t *testing.T) {
	r := rulesFrom(t, h36dPestCSV, h36dPestVocab)
	for _, text := range []string{
		"عايز رش حشرات للشقة، وزيارة متابعة بعد ٣ اسابيع",
		"rash 7asharat lel sha2a w zeyara motab3a ba3d 3 asabee3",
		"I need flat pest spraying and a follow-up visit after 3 weeks",
		"عايز رش حشرات للشقة، وعايزين زيارة متابعة بعد ما نفرش العفش",
	} {
		res := understandText(t, r, text)
		if res.Intent != Order || len(res.Items) != 2 || len(res.Unexplained) > 0 {
			t.Errorf("%s: intent %s, items %+v, unexplained %q; want the spraying and the visit, nothing unread", text, res.Intent, res.Items, res.Unexplained)
		}
	}
}

// TestRules_GoodsBroughtAndWhose: the customer sending the goods with
// their object on the verb, last in its clause ("هبعتهولكم مع السواق"),
// and "بتوع" before a definite noun ("للموبايلات بتوع العيال": whose)
// are talk around the order.
func TestRules_GoodsBroughtAndWhose(t *testing.T) {
	r := rulesFrom(t, h36dPhoneCSV, h36dPhoneVocab)
	for _, tt := range []struct {
		text string
		n    int
	}{
		{"عايز سوفت وير للجهاز وجراب سيليكون، هبعتهولكم مع السواق", 2},
		{"عايز ٢ جراب سيليكون للموبايلات بتوع العيال", 1},
	} {
		res := understandText(t, r, tt.text)
		if res.Intent != Order || len(res.Items) != tt.n || len(res.Unexplained) > 0 {
			t.Errorf("%s: intent %s, items %+v, unexplained %q; want %d lines, nothing unread", tt.text, res.Intent, res.Items, res.Unexplained, tt.n)
		}
	}
}

// TestRules_EnglishWorkVerbBeforeGoods: an English verb of the shop's
// work right before the goods named ("change the medical insole") is
// that line's verb, no word left unread.
func TestRules_EnglishWorkVerbBeforeGoods(t *testing.T) {
	r := rulesFrom(t, h36dShoeCSV, h36dShoeVocab)
	res := understandText(t, r, "Can you do a sole replacement and change the medical insole? I'll drop them off tomorrow.")
	if res.Intent != Order || len(res.Items) != 2 || len(res.Unexplained) > 0 {
		t.Errorf("intent %s, items %+v, unexplained %q; want the sole and the insole, nothing unread", res.Intent, res.Items, res.Unexplained)
	}
}
