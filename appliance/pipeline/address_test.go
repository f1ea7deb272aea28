package pipeline

import (
	"strings"
	"testing"

	"fatoora/catalog"
)

// A customer who speaks of herself in the feminine is addressed so; the
// masculine-or-"wanting it" spelling عايزه decides nothing.
func TestSpeaksAsWoman(t *testing.T) {
	for text, want := range map[string]bool{
		"مساء الخير، عايزة دولاب مطبخ ٣ متر": true,
		"انا محتاجة ٤ كراسي سفرة":            true,
		"بكام المتر؟ ومحتاجة مقاس ٢ في ٣":    true,
		"فعايزة اتنين":                       true,
		"3ayza 2 korsy sofra":                true,
		"ana me7taga matbakh 3 metr":         true,
		"عايز ٤ كراسي سفرة":                  false,
		"عايزه ٣ متر":                        false, // "I want it" as often as "I (f.) want"
		"I need a kitchen 4 m in white":      false,
		"الترابيزة اللي جاتلي مكسورة":        false, // feminine nouns say nothing of the speaker
	} {
		if got := speaksAsWoman(text); got != want {
			t.Errorf("speaksAsWoman(%q) = %v, want %v", text, got, want)
		}
	}
}

// Good morning and good evening are answered in kind, in Arabic, Franco
// and English; a time of day later in the message is no greeting.
func TestGreetedDaytime(t *testing.T) {
	for text, want := range map[string]string{
		"صباح الخير، عايز ٤ كراسي":             "صباح النور",
		"صباح الفل يا جماعة":                   "صباح النور",
		"مساء الخير":                           "مساء النور",
		"مسا الخير عليكم":                      "مساء النور",
		"sba7 el 5eer, 3ayez 2 korsy":          "صباح النور",
		"sabah el kheir":                       "صباح النور",
		"masa2 el 5eer ya gama3a":              "مساء النور",
		"Good morning, I need 4 dining chairs": "صباح النور",
		"good evening":                         "مساء النور",
		"عايز ٤ كراسي سفرة زان وياريت التوصيل يكون الصبح بدري لان عندي شغل، صباح الخير": "",
		"عايز مسافة ٢ متر": "",
		"السلام عليكم":     "",
	} {
		if got := greetedDaytime(text); got != want {
			t.Errorf("greetedDaytime(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestReplies_QuoteWhatWasAsked: a reply that says the shop lacks what
// was asked quotes the customer's words for the thing, not the count
// before them or the "per metre" after ("we don't have 6 beech chairs
// exactly" reads as a shortage).
func TestReplies_QuoteWhatWasAsked(t *testing.T) {
	for phrase, want := range map[string]string{
		"٦ كراسي سفرة زان":              "كراسي سفرة زان",
		"دولاب المطبخ الاكريليك المتر؟": "دولاب المطبخ الاكريليك",
		"2.5 metr setara chiffon":       "metr setara chiffon",
		"كنبة ٣ مقاعد":                  "كنبة ٣ مقاعد",
		"المتر":                         "المتر",
		"١٠":                            "١٠",
	} {
		if got := asked(phrase); got != want {
			t.Errorf("asked(%q) = %q, want %q", phrase, got, want)
		}
	}
	r := replies{}
	if got := r.notExactly("٦ كراسي سفرة زان", catalog.Product{NameAr: "كرسي سفرة جوز"}, true); !strings.Contains(got, "\"كراسي سفرة زان\"") {
		t.Errorf("notExactly quotes %q", got)
	}
}
