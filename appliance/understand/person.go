package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// personAsked: the customer asks for a person of the shop rather than for
// goods — to come ("ممكن حد منكم ييجي ينسقلي الصالة؟", "تبعتولي نجار
// يركبلي المطبخ"), to call or to talk ("ممكن حد يكلمني", "عايز اكلم حد
// من المبيعات", Franco "7ad yekalemny", "please call me", "can I speak to
// someone"), or for an inspection (visitAsked). What a person arranges is
// a question for staff (Result.Service), never a greeting. The words are
// placed and the phrase, as written, returned ("" when none).
func personAsked(ts []token) string {
	if v := visitAsked(ts); v != "" {
		return v
	}
	if v := whoToTalk(ts); v != "" {
		return v // "مين المسؤول اكلمه؟" (staffasked.go)
	}
	word := func(k int) string { return keyAt(ts, k) }
	open := func(k int) bool { return k >= 0 && k < len(ts) && !ts[k].sep && !ts[k].neg && !ts[k].work }
	worker := func(k int) bool {
		return workers[ts[k].text] || workers[word(k)] || sentToSee[word(k)]
	}
	phrase := func(from, to int) string {
		var out []string
		for m := from; m <= to; m++ {
			ts[m].used = true
			out = append(out, ts[m].surface)
		}
		return strings.Join(out, " ")
	}
	// a worker sent to do a work the shop sells ("تبعتوا حد يركب الطقم")
	// is that work's line (someoneTo), not a person asked
	toWork := slices.ContainsFunc(ts, func(t token) bool { return t.work })
	for i := range ts {
		if !open(i) {
			continue
		}
		w := word(i)
		switch {
		case callMe[w] || callMe[ts[i].text]:
			// "يكلمني", "كلموني", "kalemny": call me ("حد يكلمني", "حد من
			// المعرض يكلمني": the phrase from who is asked)
			for k := i - 1; k >= 0 && k >= i-3 && open(k); k-- {
				if worker(k) {
					return phrase(k, i)
				}
			}
			return phrase(i, i)
		case callVerbs[w] && open(i+1) && toMe[word(i+1)]:
			// "يتصل بيا", "call me", "contact us"
			return phrase(i, i+1)
		case talkVerbs[w]:
			// "اكلم حد", "اتكلم مع المسؤول", "speak to someone"
			for k := i + 1; k <= i+3 && open(k); k++ {
				if people[word(k)] || worker(k) || inCharge[word(k)] || titles[word(k)] {
					return phrase(i, k)
				}
			}
		case sendVerbs[w] && open(i+1) && worker(i+1) && !toWork:
			// "تبعتولي نجار", "ابعتوا فني"
			return phrase(i, i+1)
		case (comeVerbs[ts[i].text] || comeVerbs[w]) && !toWork:
			// "حد ييجي", "حد منكم ييجي", "نجار يعدي عليا"
			for k := i - 1; k >= 0 && k >= i-3 && open(k); k-- {
				if worker(k) {
					return phrase(k, i)
				}
				if !fromYou[word(k)] {
					break
				}
			}
		}
	}
	return ""
}

// callMe: call me, said in one word ("كلمني", "يكلمني", "كلموني",
// "تكلموني", Franco "kalemny", "yekalemny").
var callMe = set("كلمني", "كلمنى", "كلموني", "كلمونى", "يكلمني", "يكلمنى", "تكلمني", "تكلموني", "يكلمونى", "يكلموني",
	"رنولي", "رنلي", "يرنلي", "ترنولي", "kalemny", "kalemni", "kalemoni", "kalemouny", "kallemny", "yekalemny", "yekalemni",
	"ykalemny", "ykalemni", "callback")

// callVerbs with toMe after them: "يتصل بيا", "اتصلوا بينا", "call me".
var callVerbs = set("يتصل", "اتصلوا", "تتصلوا", "تتصل", "يتواصل", "تواصلوا", "تتواصلوا", "call", "contact", "ring", "phone")

var toMe = set("بيا", "بي", "بينا", "معايا", "معانا", "me", "us", "beya")

// talkVerbs: the customer would talk to a person ("اكلم حد", "speak to").
var talkVerbs = set("اكلم", "أكلم", "نكلم", "اتكلم", "أتكلم", "نتكلم", "اتواصل", "أتواصل", "نتواصل", "akalem", "2kalem",
	"speak", "talk")

// people a customer asks to talk to: someone, a person, sales, the manager.
var people = set("حد", "مسؤول", "مسئول", "المسؤول", "المسئول", "موظف", "الموظف", "المبيعات", "مبيعات", "انسان", "بشر",
	"someone", "somebody", "person", "human", "agent", "sales", "representative", "manager")

// sendVerbs: "send (me) a worker" ("تبعتولي نجار", "ابعتوا فني").
var sendVerbs = set("تبعتولي", "تبعتوا", "ابعتولي", "ابعتوا", "ابعتلي", "تبعتلي", "هتبعتوا", "تبعتولنا", "ابعتولنا", "send")

// fromYou may stand between the worker and the coming: "حد منكم ييجي".
var fromYou = set("منكم", "منكو", "من", "عندكم", "عندكو")

// sentToSee are who else a shop sends to see the place: "ممكن مهندس يجي
// يعاين", "مندوب يعدي عليا".
var sentToSee = set("مهندس", "المهندس", "مندوب", "المندوب", "engineer", "mohandes")

// shopOpen: "فاتح" (open, also a light shade) said of the shop — "المعرض
// فاتح النهارده؟", "انتو فاتح يوم الجمعة؟" — after the shop or you, or
// before a day or a time: a question of hours, not a colour.
func shopOpen(ts []token, i int) bool {
	if ts[i].sep || ts[i].lowSurface() != "فاتح" {
		return false
	}
	if i > 0 && !ts[i-1].sep && theShop[keyAt(ts, i-1)] {
		return true
	}
	return i+1 < len(ts) && !ts[i+1].sep && openWhen[wordKey(ts[i+1].lowSurface())]
}

// theShop: the shop as the subject of "open".
var theShop = set("المعرض", "المحل", "الفرع", "المعارض", "معرضكم", "محلكم", "انتو", "انتم", "انتوا", "هو")

// openWhen: a day or a time after "open".
var openWhen = set("النهارده", "النهاردة", "النهاردا", "دلوقتي", "دلوقت", "بكره", "بكرة", "يوم", "الجمعه", "الجمعة", "السبت",
	"الحد", "الاحد", "العيد", "لحد", "للساعه", "للساعة", "الساعه", "الساعة")

// callAbout: a call or a talk asked about something ("ممكن حد يكلمني
// بخصوص المعاينة؟", "اتصلوا بيا عن الدولاب", "call me about the
// wardrobe"): what follows the cue is the call's topic, not goods ordered.
func callAbout(ts []token) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || !topicCues[wordKey(ts[i].lowSurface())] {
			continue
		}
		w := keyAt(ts, i-1)
		if callMe[w] || toMe[w] || people[w] || workers[w] {
			return true
		}
	}
	return false
}

// noneChosen: no line names a product of its own nor counts more than one
// — each is a kind several share or words none has ("الكاميرات", "نظافة"):
// beside a person asked to come or sent ("ممكن حد ييجي يشوف الكاميرات
// القديمة", "تبعتولي عاملة نظافة تيجي البيت"), what that person is to see
// or do, never goods to choose between. Goods counted ("٧ بيبان …، ممكن
// حد يجي ياخد المقاسات؟") stay the order the visit is for.
func noneChosen(items []Item) bool {
	return !slices.ContainsFunc(items, func(it Item) bool {
		return it.SKU != "" && len(it.Ambiguous) == 0 && !it.Vague || it.Quantity != catalog.MilliFromFloat(1)
	})
}

// topicCues: about, regarding ("بخصوص", "بشأن", "عن", "about").
var topicCues = set("بخصوص", "بشان", "بشأن", "عن", "about", "regarding", "concerning", "bkhsoos", "bekhsoos")

// leaveToAsk: a line of no product whose words only ask leave to ask — a
// question, an inquiry, help, a favour ("ممكن سؤال", "عندي استفسار بسيط",
// "محتاج مساعدة", "ممكن خدمة") — no goods, so nothing the catalog lacks.
func leaveToAsk(it Item) bool {
	if it.Product != nil {
		return false
	}
	asked := false
	for _, w := range strings.Fields(it.Phrase) {
		switch {
		case askingNoun(w):
			asked = true
		case !askingAside[wordKey(strings.TrimPrefix(lower(w), "و"))]:
			return false
		}
	}
	return asked
}

// askingNoun: the word as written is an asking noun ("سؤال", "والاستفسار" less its و).
func askingNoun(surface string) bool {
	return askingNouns[wordKey(strings.TrimPrefix(lower(surface), "و"))]
}

var askingNouns = set("سؤال", "سوال", "استفسار", "استفسارات", "مساعده", "مساعدة", "خدمه", "خدمة", "question", "questions", "help", "favour", "favor",
	"inquiry", "enquiry", "so2al", "soal", "estefsar", "mosa3da", "mosaada", "5edma", "khedma")

// askingAside are said with the asking: "سؤال بسيط", "a quick question".
var askingAside = set("بسيط", "بسيطه", "بسيطة", "صغير", "صغيره", "صغيرة", "سريع", "واحد", "small", "quick", "a", "one", "little", "soghayar")

// titles: a person of the shop named by a title, talked to ("ينفع اتكلم
// مع الدكتور المسؤول؟", "اكلم المهندس"), "المسؤول" as normalised
// (inCharge, staffasked.go) beside them.
var titles = set("دكتور", "الدكتور", "الدكتوره", "دكتوره", "مهندس", "المهندس", "المهندسه", "الاستاذ", "استاذ", "الاستاذه",
	"المدير", "مدير", "المديره", "الشيف", "doctor", "dr", "engineer", "owner", "dktor", "doktor", "mohandes")
