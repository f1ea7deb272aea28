package understand

import (
	"context"
	"testing"
)

// h37bSwimCSV: a swimming school selling its one-hour lessons and its
// packages for kids and for adults (a class axis: the Arabic names differ
// by that word only), and a lesson in the customer's own pool whose
// English name alone says "pool" beside the lessons — as a driving
// school's own-car lesson alone says "car".
const h37bSwimCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PKG-KIDS-8,باكدج 8 حصص سباحة أطفال (الحصة ساعة),Kids pool package of 8 one-hour lessons,باكدج اطفال,حصص,piece,1600,,,
PKG-ADULT-8,باكدج 8 حصص سباحة كبار (الحصة ساعة),Adults pool package of 8 one-hour lessons,باكدج كبار,حصص,piece,2000,,,
LESSON-KIDS,حصة واحدة سباحة أطفال (ساعة),Single kids lesson (one hour),حصة اطفال,حصص,piece,220,,,
LESSON-ADULT,حصة واحدة سباحة كبار (ساعة),Single adults lesson (one hour),حصة كبار,حصص,piece,260,,,
LESSON-HOME,حصة سباحة في حمام العميل (ساعة),Lesson in the customer's own pool (one hour),حصة في حمامي|على حمامي,حصص,piece,300,,,
GOGGLES,نضارة سباحة,Pool goggles,نضارة|نضارة سباحة,مستلزمات,piece,150,20,,
CAP,بونيه سباحة,Pool cap,بونيه,مستلزمات,piece,80,30,,
`

const h37bSwimVocab = `حصة, حصه, حصص, lesson, lessons, 7esa, 7esas
باكدج, كورس, package, course
اطفال, أطفال, kids, children, atfal
كبار, adults, adult, kbar
سباحة, سباحه, swimming, swim, seba7a
نضارة, نضاره, goggles, nadara
`

// TestRules_ClassWordChoosesLine: a class word of the catalog's axis
// ("kids"/"adults") said of lessons chooses the lesson whose name states
// it, though another lesson's English name holds more of the words said
// ("in a … pool"): never the line that lacks the class asked, and the
// pool the class describes is nothing the lesson lacks.
func TestRules_ClassWordChoosesLine(t *testing.T) {
	r := rulesFrom(t, h37bSwimCSV, h37bSwimVocab)
	checkCases(t, r, Order, []itemCase{
		{"Two lessons in a kids pool", []wantItem{{"LESSON-KIDS", 2, "", nil}}},
		{"3 lessons in an adults pool please", []wantItem{{"LESSON-ADULT", 3, "", nil}}},
		// said in Arabic or Franco the class line wins already: read as before
		{"عايز حصتين سباحة اطفال", []wantItem{{"LESSON-KIDS", 2, "", nil}}},
		{"3ayez 2 7esas seba7a kbar", []wantItem{{"LESSON-ADULT", 2, "", nil}}},
	})
	for _, text := range []string{"Two lessons in a kids pool", "3 lessons in an adults pool please"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Lacks) > 0 {
			t.Errorf("%s: %+v, want one line lacking nothing", text, res.Items)
		}
	}
}

// TestRules_FrancoBeforeAfterIsWhen: Franco-Arabic "abl"/"2abl" (قبل)
// and "ba3d" (بعد) before an occasion say when, as the Arabic words do —
// nothing left unread that sends the order to a person.
func TestRules_FrancoBeforeAfterIsWhen(t *testing.T) {
	r := rulesFrom(t, h37bSwimCSV, h37bSwimVocab)
	checkPlaced(t, r, "3ayez 7esa seba7a atfal abl el gom3a", Order, []wantItem{{"LESSON-KIDS", 1, "", nil}})
	checkPlaced(t, r, "3ayez 2 7esas seba7a kbar ba3d el 3eed", Order, []wantItem{{"LESSON-ADULT", 2, "", nil}})
	checkPlaced(t, r, "3ayez nadara 2abl el gom3a", Order, []wantItem{{"GOGGLES", 1, "", nil}})
	checkPlaced(t, r, "عايز حصة سباحة اطفال قبل الجمعة", Order, []wantItem{{"LESSON-KIDS", 1, "", nil}})
}

// h37bGymCSV: a gym selling personal and group training sessions, and a
// towel and shower priced per session ("(للحصة)").
const h37bGymCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SESSION-PT,حصة تدريب شخصي (ساعة),Personal training session (one hour),حصة برايفت,حصص,piece,350,,,
SESSION-GROUP,حصة تدريب جماعي,Group class session,حصة جماعي,حصص,piece,120,,,
TOWEL,فوطة وشاور بعد التمرين (للحصة),Towel and shower after training (per session),فوطة|شاور,خدمات,piece,40,,,
SHAKER,شيكر بروتين,Protein shaker,شيكر,مستلزمات,piece,90,25,,
`

const h37bGymVocab = `حصة, حصه, حصص, session, sessions, 7esa, 7esas
تدريب, training, tadreeb
شخصي, personal, shakhsy, private
جماعي, group, gama3y
فوطة, فوطه, towel, foota
شيكر, shaker
`

// TestRules_PerNounServiceEach: a service priced per a noun, said with
// "كل حصة" / "kol 7esa" / "both days" beside the sessions counted, is
// that many — never one in silence — and "both days" is placed.
func TestRules_PerNounServiceEach(t *testing.T) {
	r := rulesFrom(t, h37bGymCSV, h37bGymVocab)
	checkPlaced(t, r, "عايز ٥ حصص تدريب شخصي وفوطة كل حصة", Order, []wantItem{{"SESSION-PT", 5, "", nil}, {"TOWEL", 5, "", nil}})
	checkPlaced(t, r, "عايز ٣ حصص جماعي وفوطة كل حصة وشيكر", Order, []wantItem{{"SESSION-GROUP", 3, "", nil}, {"TOWEL", 3, "", nil}, {"SHAKER", 1, "", nil}})
	checkPlaced(t, r, "3ayez 5 7esas tadreeb shakhsy w foota kol 7esa", Order, []wantItem{{"SESSION-PT", 5, "", nil}, {"TOWEL", 5, "", nil}})
	checkPlaced(t, r, "Two personal training sessions on Monday and Tuesday, with a towel both days", Order, []wantItem{{"SESSION-PT", 2, "", nil}, {"TOWEL", 2, "", nil}})
	// no sessions counted beside it: one, as said
	checkPlaced(t, r, "عايز حصة تدريب شخصي وفوطة", Order, []wantItem{{"SESSION-PT", 1, "", nil}, {"TOWEL", 1, "", nil}})
}
