package understand

import (
	"context"
	"testing"
)

// Branch h38g, on catalogs of their own (none of round 38's names or
// sentences): a pizza place, a cleaning company, a pharmacy and a bakery.
const h38gPizzaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PIZZA-M,بيتزا مارجريتا وسط,Margherita pizza medium,بيتزا وسط,بيتزا,piece,120,,,
PIZZA-L,بيتزا مارجريتا كبيرة,Margherita pizza large,بيتزا كبيرة,بيتزا,piece,160,,,
COLA,كوكاكولا كانز,Coca-Cola can,كولا|كوكاكولا,مشروبات,piece,20,,,
`

const h38gPizzaVocab = `بيتزا, pizza, betza
كولا, كوكاكولا, cola, coke
`

const h38gCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MAID-1M,عاملة نظافة اشتراك شهر,Cleaner monthly subscription,عاملة شهر|اشتراك عاملة,نظافة,piece,3000,,,
DEEP,تنضيف عميق للشقة,Deep flat cleaning,تنضيف عميق,نظافة,piece,1500,,,
`

const h38gCleanVocab = `عاملة, 3amla, cleaner
تنضيف, تنظيف, tandeef, cleaning
`

// TestRules_FaultOfWhatCameOrWasPaid: goods received or a service paid
// for ("اللي جاتلي", "وصلت", "دفعت", Franco "gatly", "weslet", "dafa3t")
// and then a fault of it — arrived cold, all water, the worker absent and
// the absence not made up, the shop not answering ("باردة", "كلها مية",
// "غابت … ومعوضتش", "مش بترد", Franco "barda", "kolha maya", "ghabet …
// w ma3awadetsh", "mesh byrod") — is a complaint, in Franco as in
// Arabic; a cold drink ordered is an order.
func TestRules_FaultOfWhatCameOrWasPaid(t *testing.T) {
	r := rulesFrom(t, h38gPizzaCSV, h38gPizzaVocab)
	checkIntents(t, r, []intentCase{
		{"el pizza elly gatly embare7 kanet barda, w el cola kolha maya, w dafa3t 250 geneh", Complaint},
		{"البيتزا اللي جاتلي امبارح وصلت باردة ودفعت ٢٥٠ جنيه", Complaint},
		{"el betza weslet barda", Complaint},
		{"عايز بيتزا وسط وكولا باردة", Order},
	})
	c := rulesFrom(t, h38gCleanCSV, h38gCleanVocab)
	checkIntents(t, c, []intentCase{
		{"dafa3t el shahr w el 3amla ghabet marteen w ma3awadetsh, w el sherka mesh byrod 3al telephone", Complaint},
		{"دفعت اشتراك الشهر والعاملة غابت مرتين ومعوضتش، والشركة مش بترد على التليفون", Complaint},
	})
}

const h38gPharmaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PANADOL,بنادول اكسترا علبة,Panadol Extra box,بنادول|panadol,مسكنات,piece,60,,,
VITC,فيتامين سي فوار علبة,Vitamin C effervescent box,فيتامين سي|vitamin c,فيتامينات,piece,90,,,
`

const h38gPharmaVocab = `بنادول, panadol
فيتامين, vitamin, vitameen
`

const h38gBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-CHOC,تورتة شوكولاتة,Chocolate cake,تورتة شوكولاتة,تورت,piece,350,,,
CAKE-VAN,تورتة فانيليا,Vanilla cake,تورتة فانيليا,تورت,piece,300,,,
BREAD,عيش فينو كيس,Fino bread bag,فينو|عيش فينو,مخبوزات,piece,25,,,
`

const h38gBakeryVocab = `تورتة, تورته, torta, cake
فينو, fino
`

// TestRules_IfYouSellWhatIsNotCarried: beside an order, "ولو عندكم X
// عايز …" / "ولو بتعملوا X …" (Franco "w law 3andoko X", English "and if
// you sell X I want …"): X holding a word no product has is goods the
// shop may not carry — the order's lines stay, no line of X (never a
// question among the products its generic word names: "تورتة فوندان"),
// and a word is left for a person; X carried is a line like any other.
func TestRules_IfYouSellWhatIsNotCarried(t *testing.T) {
	r := rulesFrom(t, h38gPharmaCSV, h38gPharmaVocab)
	unread := func(t *testing.T, r *Rules, text string, want []wantItem) {
		t.Helper()
		checkItems(t, r, text, Order, want)
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) == 0 {
			t.Errorf("%s: nothing left for a person", text)
		}
	}
	unread(t, r, "عايز علبة بنادول، ولو عندكم جهاز ضغط عايز واحد", []wantItem{{"PANADOL", 1, "", nil}})
	unread(t, r, "3ayez 3elbet panadol, w law 3andoko gehaz daght 3ayez wa7ed", []wantItem{{"PANADOL", 1, "", nil}})
	unread(t, r, "I want a box of panadol, and if you sell thermometers I want one", []wantItem{{"PANADOL", 1, "", nil}})
	b := rulesFrom(t, h38gBakeryCSV, h38gBakeryVocab)
	unread(t, b, "عايز ٢ كيس فينو، ولو بتعملوا تورتة فوندان عايز واحدة", []wantItem{{"BREAD", 2, "", nil}})
	checkPlaced(t, r, "عايز علبة بنادول، ولو عندكم فيتامين سي عايز علبة", Order, []wantItem{{"PANADOL", 1, "", nil}, {"VITC", 1, "", nil}})
}
