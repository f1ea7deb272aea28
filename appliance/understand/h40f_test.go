package understand

import (
	"context"
	"testing"
)

// Branch h40f, on catalogs of their own (none of round 40's names or
// sentences): a cake shop, a football pitch, a translation office.
const h40fCakeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-CHOC,تورتة شوكولاتة,Chocolate cake,تورتة|تورته شوكولاته,تورت,piece,450,,,
CUPCAKE,علبة كب كيك (للعلبة),Cupcake box,كب كيك|cupcake,كب كيك,piece,180,,,
`

const h40fCakeVocab = `تورتة, تورته, torta, cake
شوكولاتة, شوكولاته, chocolate, shokolata
كب كيك, cupcake, cupcakes
علبة, علب, 3elba, 3elab, box, boxes
`

// TestRules_StoryVerbsBesideOrder: what people around the order do, told
// with Egyptian verb morphology — receiving it ("نستلمها", Franco
// "nestelemha"), a child who sings or dances ("وبتغني", "وبيرقص") — is
// the story, no word left for a person.
func TestRules_StoryVerbsBesideOrder(t *testing.T) {
	r := rulesFrom(t, h40fCakeCSV, h40fCakeVocab)
	for _, c := range []struct {
		text string
		want []wantItem
	}{
		{"عايزين ٣٠ علبة كب كيك نستلمها يوم الخميس", []wantItem{{"CUPCAKE", 30, "", nil}}},
		{"عايزين ٣٠ علبة كب كيك هنستلمهم بكرة", []wantItem{{"CUPCAKE", 30, "", nil}}},
		{"بنتي عندها ٦ سنين وبتغني طول اليوم، عايزة تورتة شوكولاتة", []wantItem{{"CAKE-CHOC", 1, "", nil}}},
		{"ابني عنده ٥ سنين وبيرقص طول اليوم، عايزة تورتة شوكولاتة", []wantItem{{"CAKE-CHOC", 1, "", nil}}},
		{"عايزة تورتة شوكولاتة لبنتي، بتغني طول اليوم", []wantItem{{"CAKE-CHOC", 1, "", nil}}},
		{"3ayzeen 30 3elba cupcake nestelemha bokra", []wantItem{{"CUPCAKE", 30, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_BeforeOrAfterItIsWhen: "before it", "after it" with their
// pronoun ("وقبلها", "بعدهم", Franco "abliha", "ba3daha") tell one line's
// time by another's, no goods.
func TestRules_BeforeOrAfterItIsWhen(t *testing.T) {
	r := rulesFrom(t, h40fCakeCSV, h40fCakeVocab)
	for _, text := range []string{
		"عايزة تورتة شوكولاتة، وقبلها ١٠ علب كب كيك",
		"عايزة تورتة شوكولاتة، وقبلهم ١٠ علب كب كيك",
		"3ayza torta shokolata w 10 3elab cupcake abliha",
		"3ayza torta shokolata w 10 3elab cupcake ba3daha",
	} {
		checkPlaced(t, r, text, Order, []wantItem{{"CAKE-CHOC", 1, "", nil}, {"CUPCAKE", 10, "", nil}})
	}
}

// TestRules_ForMyPlace: ل before the customer's own place with its
// possessive ("لشركتي", "لبيتنا") is whom the goods are for.
func TestRules_ForMyPlace(t *testing.T) {
	r := rulesFrom(t, h40fCakeCSV, h40fCakeVocab)
	checkPlaced(t, r, "عايزة ٢٠ علبة كب كيك لشركتي", Order, []wantItem{{"CUPCAKE", 20, "", nil}})
	checkPlaced(t, r, "عايزين تورتة شوكولاتة لبيتنا", Order, []wantItem{{"CAKE-CHOC", 1, "", nil}})
}

// TestRules_ChargeAsked: "how much do you charge" asks a price; "do you
// charge extra …" asks a surcharge for something the words after may
// name, left for a person.
func TestRules_ChargeAsked(t *testing.T) {
	r := rulesFrom(t, h40fCakeCSV, h40fCakeVocab)
	checkPlaced(t, r, "How much do you charge for a chocolate cake?", Inquiry, []wantItem{{"CAKE-CHOC", 1, "", nil}})
	res, err := r.Understand(context.Background(), "How much is a chocolate cake? Do you charge extra to write a name on it?")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("a surcharge asked: nothing left for a person (%+v)", res.Items)
	}
}

const h40fPitchCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PITCH,ملعب خماسي (بالساعة),Five-a-side pitch (per hour),ملعب خماسي|ملعب,ملاعب,piece,400,,,
COACH,مدرب حراس (بالساعة),Goalkeeper coach (per hour),مدرب حراس|كوتش حراس,تدريب,piece,300,,,
BALL,كورة قدم مقاس 5,Football size 5,كورة|كورة قدم,مستلزمات,piece,350,10,,
`

const h40fPitchVocab = `ملعب, mal3ab, pitch
كورة, كوره, kora, ball
مدرب, coach, modareb
حراس, goalkeeper, 7oras
`

// TestRules_HoursBeforeHourlyService: hours said in words before a
// service priced by the hour ("ساعتين ملعب", "ساعة ونص مدرب حراس",
// Franco "sa3teen mal3ab") are its count, as they are said after it.
func TestRules_HoursBeforeHourlyService(t *testing.T) {
	r := rulesFrom(t, h40fPitchCSV, h40fPitchVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ساعتين ملعب خماسي بكرة", []wantItem{{"PITCH", 2, "", nil}}},
		{"عايز ساعة ونص مدرب حراس", []wantItem{{"COACH", 1.5, "", nil}}},
		{"عايز كورة قدم، وقبلها ساعتين ملعب", []wantItem{{"BALL", 1, "", nil}, {"PITCH", 2, "", nil}}},
		{"3ayez sa3teen mal3ab", []wantItem{{"PITCH", 2, "", nil}}},
	})
}

const h40fTranslateCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TR-EN,ترجمة إنجليزي (للصفحة),English translation (per page),ترجمة انجليزي,ترجمة,piece,120,,,
TR-FR,ترجمة فرنساوي (للصفحة),French translation (per page),ترجمة فرنساوي,ترجمة,piece,150,,,
COPY,تصوير مستندات (للورقة),Photocopy (per sheet),تصوير|تصوير مستندات,تصوير,piece,1,,,
`

const h40fTranslateVocab = `ترجمة, ترجمه, translation, targama
انجليزي, إنجليزي, english
فرنساوي, فرنسي, french
تصوير, copy, tasweer
`

// TestRules_PagesOfPerPageService: a service priced per a noun its name
// writes after "لل" ("(للصفحة)", "(للورقة)") is counted in that noun
// said after a figure — singular, collective or sound plural ("٣ صفحات",
// "٥٠ ورق"), read as the service's head noun.
func TestRules_PagesOfPerPageService(t *testing.T) {
	r := rulesFrom(t, h40fTranslateCSV, h40fTranslateVocab)
	checkPlaced(t, r, "عايز اترجم ٣ صفحات انجليزي و٢ صفحة فرنساوي", Order, []wantItem{{"TR-EN", 3, "", nil}, {"TR-FR", 2, "", nil}})
	checkPlaced(t, r, "عايز اصور ٥٠ ورق", Order, []wantItem{{"COPY", 50, "", nil}})
}
