package understand

import "strings"

// defectRoots are the roots of what goes wrong with goods once delivered or
// installed: cracked (شرخ), peeled (قشر), broken (كسر), scratched (خدش),
// came loose (فك), came off (خلع), warped (عوج), stained (بقع), swelled
// (نفخ), shakes (هز), split (شق), came unstitched (فتق: a seam, upholstery).
// Egyptian says them in verb forms built
// on the root, which defectVerb reads by their shape rather than by a list
// of every spelling: اتشرخ، بيتقشر، بتتهز، يتخلع، متشقق، مشروخ، مهزوز.
var defectRoots = []string{"شرخ", "قشر", "كسر", "خدش", "فك", "خلع", "عوج", "بقع", "نفخ", "هز", "شق", "فتق"}

// defectPrefixes: the passive-reflexive ات and its present (بيت، بتت، يت،
// تت، هيت، هتت), and the participle مت ("متشقق").
var defectPrefixes = []string{"ات", "بيت", "بتت", "يت", "تت", "هيت", "هتت", "مت"}

// defectSuffixes: the person endings after such a verb (اتشرخت، اتفكوا)
// and the participle's feminine and plural (متشرخه، مشروخين).
var defectSuffixes = []string{"", "ت", "وا", "و", "ه", "ين"}

// francoDefectRoots: the same roots as a Franco-Arabic writer's consonants
// ("etshara5", "bete2asher", "betetharaz", "mahzooz").
var francoDefectRoots = []string{"shr5", "2shr", "ksr", "5dsh", "fk", "fkk", "5l3", "3wg", "b23", "nf5", "hz", "hzz", "sh2", "sh22", "ft2"}

// plainDefectRoots are defects said in the plain verb, which defectForms'
// reflexive shapes do not build: foam, a mattress or a seat that sagged
// (هبط، بيهبط، هابط), a colour that faded (بهت، بدأت تبهت، باهت).
var plainDefectRoots = []string{"هبط", "بهت"}

// sagWords are plainDefectRoots' forms — the past (هبطت، بهتوا), the
// present with its persons, progressive ب and future ه (تبهت، بيهبط،
// هتبهت), the participle (هابطه، باهتين) — and their Franco spellings.
var sagWords = func() map[string]bool {
	m := set("hebet", "habat", "habet", "hab6", "hebe6", "bahet", "baheta", "bahta", "tebhat", "btebhat", "bytbhat", "byebhat", "yebhat", "bahatet")
	for _, root := range plainDefectRoots {
		rs := []rune(root)
		for _, s := range []string{"", "ت", "وا", "و"} {
			m[wordKey(root+s)] = true
		}
		for _, p := range []string{"ي", "ت", "بي", "بت", "هي", "هت"} {
			for _, s := range []string{"", "وا", "و"} {
				m[wordKey(p+root+s)] = true
			}
		}
		for _, s := range []string{"", "ه", "ين"} {
			m[wordKey(string(rs[0])+"ا"+string(rs[1:])+s)] = true
		}
	}
	return m
}()

// pastDefectRoots are defects said only in the past reflexive: torn or
// snapped (قطع: اتقطع، اتقطعت، اتقطعوا), holed (خرم: اتخرم، اتخرمت). Their
// present and participle are the shop's own work or a kind ("بيتقطع
// بالمتر؟", "فراخ متقطعة"), never a defect.
var pastDefectRoots = []string{"قطع", "خرم"}

var defectForms = func() map[string]bool {
	m := map[string]bool{}
	for _, root := range pastDefectRoots {
		for _, s := range []string{"", "ت", "وا", "و"} {
			m[wordKey("ات"+root+s)] = true
		}
	}
	for _, root := range defectRoots {
		rs := []rune(root)
		for _, p := range defectPrefixes {
			for _, s := range defectSuffixes {
				m[wordKey(p+root+s)] = true
				if len(rs) == 2 {
					m[wordKey(p+root+string(rs[1])+s)] = true // متشقق: the doubled letter written out
				}
			}
		}
		// مفعول, the passive participle: مشروخ، مقشور، مهزوز، مفكوك
		var pp string
		if len(rs) == 2 {
			pp = "م" + string(rs[0]) + string(rs[1]) + "و" + string(rs[1])
		} else {
			pp = "م" + string(rs[0]) + string(rs[1]) + "و" + string(rs[2])
		}
		for _, s := range []string{"", "ه", "ين"} {
			m[wordKey(pp+s)] = true
		}
	}
	return m
}()

// defectVerb reports whether w is a verb or participle of a defect root
// (defectRoots), in Arabic letters or in Franco-Arabic.
func defectVerb(w string) bool {
	if defectForms[w] || sagWords[w] {
		return true
	}
	if !isLatinWord(w) {
		return false
	}
	w = lower(w)
	for _, p := range []string{"betet", "btet", "byet", "bet", "bit", "et", "it", "yet", "met", "ma", "m"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 2 {
			continue
		}
		if (p == "m" || p == "ma") && !strings.Contains(rest, "oo") && !strings.Contains(rest, "ou") {
			continue // مفعول is written with its long vowel ("mashroo5", "maksour"); "mixer" is no "m-ksr"
		}
		fs := francoSkeleton(rest)
		for _, s := range []string{"t", "o", ""} {
			if st, ok := strings.CutSuffix(fs, s); ok && st != "" {
				for _, r := range francoDefectRoots {
					if st == r {
						return true
					}
				}
			}
		}
	}
	return false
}
