package understand

import "testing"

// Branch h39p, on a catalog of its own: a music school whose lessons state
// their length and a studio priced by the hour.
const h39pMusicCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TRIAL,حصة تجريبية جيتار (نص ساعة),Guitar trial lesson (half an hour),حصة تجريبية|تجريبية,حصص,piece,100,,,
STUDIO,استوديو تسجيل (للساعة),Recording studio (per hour),استوديو|تسجيل,استوديو,piece,400,,,
ALBUM,تسجيل ألبوم كامل,Full album recording,البوم|ألبوم,استوديو,piece,9000,,,
`

const h39pMusicVocab = `تجريبية, تجريبيه, trial, tagribeya
جيتار, guitar, gitar
ساعة, ساعات, ساعتين, hour, hours, sa3a, sa3at, sa3teen
البوم, ألبوم, album
`

// TestRules_StatedLengthNoCount: the length a lesson's own name states is
// no count; the hours of a service priced by no period are its length.
func TestRules_StatedLengthNoCount(t *testing.T) {
	music := rulesFrom(t, h39pMusicCSV, h39pMusicVocab)
	checkItems(t, music, "حصة تجريبية جيتار نص ساعة", Order, []wantItem{{"TRIAL", 1, "", nil}})
	checkItems(t, music, "guitar trial lesson half an hour", Order, []wantItem{{"TRIAL", 1, "", nil}})
	checkItems(t, music, "استوديو ساعتين", Order, []wantItem{{"STUDIO", 2, "", nil}})
}
