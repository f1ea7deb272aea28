package understand

import "testing"

// Branch h36i, on catalogs of their own (none of the event rentals',
// pool's, heaters', art supplies' or ironwork's names or sentences): an
// electrician's supplies sold by the piece and the metre, and a glass
// shop's mirrors and panes sold by area.
const h36iElectricCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LED-12,لمبة ليد ١٢ وات,LED bulb 12W,لمبة|لمبة ليد|لمبه,اضاءة,piece,45,200,,
PLUG,فيشة,Plug,فيشة|فيشه,مستلزمات,piece,15,300,,
TAPE,شريط عازل,Insulating tape,شريط|شريط عازل|بلاستر,مستلزمات,piece,10,500,,
WIRE-2,سلك نحاس ٢ مم,Copper wire 2mm,سلك|سلك نحاس,اسلاك,meter,22,1000,,
SOCKET,بريزة,Socket,بريزة|بريزه,مفاتيح,piece,35,150,,
`

const h36iElectricVocab = `لمبة, لمبه, لمض, لمبات, lamba, lambat, bulb, bulbs
فيشة, فيشه, فيش, fisha, plug, plugs
بريزة, بريزه, برايز, breeza, socket, sockets
شريط, shareet, tape
سلك, wire, selk
`

// TestRules_CorrectedThenNextGoods: a count corrected mid-message with no
// pause, then the next goods joined by a glued "و" ("١٠ لمبة لا خليهم
// ١٢ وفيشة"): the corrected figure is the line's count, never a side of
// its size, and the next goods a line of their own — "لا لا", "لا
// كفاية ٨", Franco "la2 khalihom", "la2 5aleeha", English "no make it".
func TestRules_CorrectedThenNextGoods(t *testing.T) {
	r := rulesFrom(t, h36iElectricCSV, h36iElectricVocab)
	two := func(n float64, other string) []wantItem {
		return []wantItem{{"LED-12", n, "", nil}, {other, 1, "", nil}}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ لمبة ليد لا خليهم ١٢ وفيشة", two(12, "PLUG")},
		{"عايز ١٠ لمبة ليد لا خليها ١٢ وبريزة", two(12, "SOCKET")},
		{"عايز ١٠ لمبة ليد لا لا خليهم ١٢ وفيشة", two(12, "PLUG")},
		{"عايز ١٠ لمبة ليد لا كفاية ٨ وفيشة", two(8, "PLUG")},
		{"عايز ٢٠ متر سلك نحاس لا خليهم ٢٥ متر وشريط عازل", []wantItem{{"WIRE-2", 25, "", nil}, {"TAPE", 1, "", nil}}},
	})
	for _, text := range []string{
		"3ayez 10 lamba led la2 khalihom 12 w fisha",
		"3ayez 10 lamba led la2 5aleeha 12 w fisha",
		"3ayez 10 lamba led la2 la2 khalihom 12 w fisha",
		"3ayez 10 lamba led la2 kefaya 12 w fisha",
		// English, its "and" a word apart, read so before: guards
		"I want 10 led bulbs no make it 12 and a plug",
		"10 led bulbs, no wait, make them 12 and a plug",
	} {
		t.Run(text, func(t *testing.T) { checkPlaced(t, r, text, Order, two(12, "PLUG")) })
	}
}

// TestRules_OneOfLineNamed: "لا" and an earlier line's head noun with
// "واحد"/"واحدة", then "كفاية"/"بس" or the end ("و٢ فيشة لا فيشة واحدة
// كفاية", "لا خليهم فيشة واحدة", Franco "la2 fisha wa7da kefaya"): that
// line's count corrected to one, no line of its own and no word left
// unread.
func TestRules_OneOfLineNamed(t *testing.T) {
	r := rulesFrom(t, h36iElectricCSV, h36iElectricVocab)
	want := []wantItem{{"LED-12", 10, "", nil}, {"PLUG", 1, "", nil}}
	for _, text := range []string{
		"عايز ١٠ لمبة ليد و٢ فيشة لا فيشة واحدة كفاية",
		"عايز ١٠ لمبة ليد و٢ فيشة لا فيشة واحدة بس",
		"عايز ١٠ لمبة ليد و٢ فيشة لا خليهم فيشة واحدة",
		"3ayez 10 lamba led w 2 fisha la2 fisha wa7da kefaya",
	} {
		t.Run(text, func(t *testing.T) { checkPlaced(t, r, text, Order, want) })
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ لمبة ليد و٢ فيشة لا فيشة واحدة وبريزة", append(want, wantItem{"SOCKET", 1, "", nil})},
		{"عايز ١٠ لمبة ليد و٢ فيشة لا فيشة واحدة و٢ بريزة", append(want, wantItem{"SOCKET", 2, "", nil})},
		{"3ayez 10 lamba led w 2 fisha la2 fisha wa7da w breeza", append(want, wantItem{"SOCKET", 1, "", nil})},
	})
}

const h36iGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIRROR,مراية فضي ٥ مم,Silver mirror 5mm,مراية|مرايه|مرآة,مرايات,sqm,650,,,
CLEAR-6,زجاج شفاف ٦ مم,Clear glass 6mm,زجاج|ازاز|زجاج شفاف,زجاج,sqm,420,,,
BEVEL,شطف حرف,Edge bevelling,شطف|شطف حرف,تشطيب,meter,40,,,
FIT,تركيب,Installation,تركيب,خدمات,piece,150,,,
`

const h36iGlassVocab = `مراية, مرايه, مرايا, مراية, mirror, mraya, mrayah
زجاج, ازاز, قزاز, glass, ezaz
تركيب, tarkeeb, installation, fitting
`

// TestRules_MeasuredSizeCorrected: a size said with its unit after a side
// ("٢ متر في ١.٥", "120 cm x 80"), corrected by another size with its unit
// or none, with a cue or none, or named by its ordinal: the new size takes
// the old one's place — never a third side, nor the two sizes
// multiplied. A length said with its unit, corrected and followed by the
// next goods, is the new length, never the two added.
func TestRules_MeasuredSizeCorrected(t *testing.T) {
	r := rulesFrom(t, h36iGlassCSV, h36iGlassVocab)
	mirror := []wantItem{{"MIRROR", 3.6, "", []int{200, 180}}}
	checkCases(t, r, Order, []itemCase{
		{"عايز مراية ٢ متر في ١.٥ لا خليها ٢ في ١.٨", mirror},
		{"عايز مراية ٢ متر في ١.٥ لا خليها ٢ متر في ١.٨", mirror},
		{"عايز مراية ٢ متر في ١.٥.. لا معلش خليها ٢ في ١.٨", mirror},
		{"عايز مراية ٢ متر في ١.٥.. لا ٢ في ١.٨", mirror},
		{"عايز مراية ٢ متر في ١.٥ لا خليها ٢ في ١.٨ وتركيب", append(mirror, wantItem{"FIT", 1, "", nil})},
		{"mirror 2 m x 1.5, no make it 2 x 1.8", mirror},
		{"عايز زجاج شفاف ١٢٠ سم في ٨٠ لا خليه ١٢٠ في ٩٠", []wantItem{{"CLEAR-6", 1.08, "", []int{120, 90}}}},
		{"عايز مراية ٢ متر في ١.٥ ومراية ١ متر في ١.. لا معلش التانية ١ في ١.٢", []wantItem{
			{"MIRROR", 3, "", []int{200, 150}}, {"MIRROR", 1.2, "", []int{100, 120}}}},
		{"عايز ٥ متر شطف حرف لا خليهم ٦ متر وتركيب", []wantItem{{"BEVEL", 6, "", nil}, {"FIT", 1, "", nil}}},
	})
}
