package understand

import (
	"strings"
	"unicode/utf8"
)

// ownTroubleTold: a customer tells what is wrong with a thing of their own
// — a symptom ("الغسالة بتاعتي مش بتصفي المية", "بتعمل صوت عالي"), a
// diagnosis someone else made ("الفني اللي كشف عليها قال الموتور محروق",
// "another shop checked it and said …"), a breakage by wind or age
// ("طبق الدش طار من على السطوح واتكسر", "القديم وقع واتكسر") — beside
// an order or a price question of the shop's goods or work ("عايز طلمبة
// … وفني ييجي يركبها", "غيرولي موتور الغسالة", "ابعتولي فني يكشف",
// "please send a technician", "ترميم الصورة بكام؟"). The trouble is why
// the order is made, no complaint about the shop: its clauses are marked
// why (intentOf reads no cue in them) and, when they ask nothing, set
// aside (the broken thing's noun is no line).
//
// Arabic tells whose doing a fault is: a complaint names the shop's goods
// or work — "منكم", "من عندكم", "اللي اشتريته", "اللي جبته", a
// second-person past of the shop's work ("ركبتوه", "شحنتوله"), goods that
// came or were received ("اللي جت", "وصلني", "استلمت"), a sum paid, a
// warranty, a return or an exchange. With any of these the message is
// left as it was read.
func (r *Rules) ownTroubleTold(ts []token) {
	if shopsDoing(ts) {
		return
	}
	type clause struct {
		from, to                          int
		asks, trouble, said, goods, story bool
		examined                          bool // the saying after a look at the thing ("فتحها وقال", "checked it and said")
	}
	var cls []clause
	from := 0
	for k := 0; k <= len(ts); k++ {
		switch {
		case k == len(ts) || ts[k].sep:
			if k > from {
				cls = append(cls, clause{from: from, to: k})
			}
			from = k + 1
		case ts[k].pause:
			cls = append(cls, clause{from: from, to: k + 1})
			from = k + 1
		case k > from && purposeWords[keyAt(ts, k)]:
			// "وكمان شبكة اوراق عشان القديمة اتكسرت": why, a clause of
			// its own after the goods
			cls = append(cls, clause{from: from, to: k})
			from = k
		}
	}
	asked, ofSaid := false, false
	for c := range cls {
		cl := &cls[c]
		for k := cl.from; k < cl.to; k++ {
			t := ts[k]
			cl.asks = cl.asks || askWord(t) || cl.said && adviceVerbs[strings.TrimPrefix(t.lowSurface(), "و")]
			cl.goods = cl.goods || t.lex && !t.neg && !isNumber(t.text)
			if !t.sep && (sayVerbs[t.text] || sayVerbs[t.surfKey()] || saidWords[t.lowSurface()]) {
				cl.said = true
			} else if !cl.said && !t.sep && examineVerb(t.surface) {
				cl.examined = true
			}
		}
		cl.trouble = troubleIn(ts, cl.from, cl.to)
		if cl.asks && cl.goods && !cl.trouble || cl.trouble && ownFaultAsked(ts, cl.from, cl.to) {
			asked = true
		}
		for k := cl.from; cl.asks && k < cl.to; k++ {
			w := ts[k].lowSurface()
			ofSaid = ofSaid || !ts[k].sep && (oneOfSaid[w] || oneOfSaid[strings.TrimPrefix(w, "و")])
		}
	}
	if !asked {
		return
	}
	for _, cl := range cls {
		if cl.trouble {
			partAsked(ts, cl.from, cl.to)
		}
	}
	for c := range cls {
		cl := &cls[c]
		if c > 0 && (cls[c-1].trouble || cls[c-1].story) && !cl.asks && !cl.trouble && !cl.said && !cl.goods {
			// "… واتكسر حتت 😩 والعيال هيتجننوا عشان ماتش الاهلي بكرة.
			// عايز …": the story goes on up to the request
			cl.story = true
			for k := cl.from; k < cl.to; k++ {
				ts[k].why, ts[k].neg, ts[k].used, ts[k].aside = true, true, true, true
			}
			continue
		}
		if !cl.trouble && !cl.said {
			continue
		}
		end := cl.to
		if cl.asks {
			// "وعندي كمان شاشة … مكسورة عايزها تتغير": the telling up to
			// the clause's own request
			for k := cl.from; k < cl.to; k++ {
				if askWord(ts[k]) {
					end = k
					break
				}
			}
		}
		for k := r.itsSizeFirst(ts, cl.from); k < end; k++ {
			ts[k].why = true
			if !cl.asks && (cl.trouble && !cl.said || cl.said && cl.examined && !ofSaid) {
				// the broken thing told is no line, nor what another
				// found on looking at it ("another shop checked it and
				// said it only needs gas", "فتحها وقال الطلمبة محروقة"),
				// unless the order takes it up ("عايزة واحد": one of what
				// was said); what another said of the goods with no look
				// at the customer's thing ("اخويا قالي ان الكالون ده
				// بيصدي") stays for a person
				ts[k].neg, ts[k].used, ts[k].aside = true, true, true
			}
		}
	}
}

// examineVerb: a past verb of looking into a thing, its object on it or
// not ("فتحها", "كشف عليها", "شافها", "عاينها", "checked", "opened").
func examineVerb(w string) bool {
	w = strings.TrimPrefix(lower(w), "و")
	switch w {
	case "checked", "looked", "examined", "inspected", "opened", "tested", "saw", "diagnosed":
		return true
	}
	if !isArabicWord(w) {
		return false
	}
	for _, o := range []string{"ها", "هم", "ه", "لها", "له", ""} {
		if st, ok := strings.CutSuffix(w, o); ok && examineStems[st] {
			return true
		}
	}
	return false
}

// examineStems: he (she, they) opened, examined, saw, tried, measured.
var examineStems = set("فتح", "فتحت", "فتحوا", "كشف", "كشفت", "كشفوا", "شاف", "شافت", "شافوا", "بص", "بصت", "عاين", "عاينت", "عاينوا",
	"جرب", "جربت", "جربوا", "فحص", "فحصت", "فحصوا", "قاس", "قاست")

// oneOfSaid: "one" or "of it" standing for goods named before ("عايزة
// واحد", "هات منه", "I want one").
var oneOfSaid = set("واحد", "واحده", "منه", "منها", "one", "wa7ed", "wa7da", "menno", "menha")

// adviceVerbs: what another told the customer to get, in the first
// person after the saying ("وقالولي اغير الشطاف", "told me to replace
// it"): the order's own words.
var adviceVerbs = set("اغير", "نغير", "اجيب", "نجيب", "اشتري", "نشتري", "اركب", "نركب", "get", "buy", "replace", "change")

// saidWords: English verbs of saying, a diagnosis another made ("and said
// it only needs gas").
var saidWords = set("said", "says", "told")

// askWord: t asks for goods or work — a want ("عايز", "محتاج", "3ayez",
// "want"), an order's word ("ابعتولي", "هات", "please"), a price asked
// ("بكام", "how much"), or a verb of the shop's work said to it
// ("غيرولي", "تلحموه", "ركبولي").
func askWord(t token) bool {
	if t.sep || t.neg {
		return false
	}
	if l := t.lowSurface(); isLatinWord(l) {
		// English and Franco by what was written: "already" is read as
		// an Arabic want, and is none
		return orderCues[l] || wantWords[l] || francoWant[l] || latinAsks[l] || t.lex && t.verb
	}
	w := t.surfKey()
	if orderCues[t.text] || orderCues[w] || wantWords[w] || sendImperatives[w] || t.text == "بكام" || w == "بكام" {
		return true
	}
	return t.lex && (t.verb || toShopVerb(w))
}

// latinAsks: English and Franco words of asking beside orderCues and
// francoWant — "send", "bring", "how much", Franco "ab3atly", "hatly",
// "me7tag", "bkam".
var latinAsks = set("send", "bring", "fix", "replace", "change", "much", "price", "cost", "ab3atly", "ab3atoly", "ebe3tly", "hatly", "hatoly",
	"me7tag", "m7tag", "mehtag", "me7taga", "bkam", "bekam")

// sendImperatives: send, bring, put, said to the shop in the plural with
// no "for me" ("ابعتوا حد ياخده", "وحطوا عليه مفتاح ضغط").
var sendImperatives = set("ابعتوا", "ابعتو", "هاتوا", "هاتو", "حطوا", "حطو")

// toShopVerb: an Arabic verb said to the shop — an imperative or a
// present with ت and the plural you ("غيرولي", "ركبولي", "تلحموه",
// "تركبوا"), never a noun in ت ("تلاجة").
func toShopVerb(w string) bool {
	if !isArabicWord(w) || utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, s := range []string{"ولي", "ولنا", "وله", "ولها"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	if !strings.HasPrefix(w, "ت") {
		return false
	}
	for _, s := range []string{"وا", "وه", "وها", "وهم"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// troubleIn: the clause from..to tells something wrong with a thing — a
// defect word ("مكسورة", "اتكسر", "مقطوعة", "بيفصل"), "مش" before a
// present verb ("مش بتصفي"), weaker cues adding up to one ("وقف من
// امبارح"), or a weaker cue ("صوت عالي") beside a present verb of what
// the thing does ("بتعمل صوت عالي", "بيترج"). A weak cue alone ("عشان
// محدش يشوف الاجتماع") tells no trouble.
func troubleIn(ts []token, from, to int) bool {
	weak, doing := 0.0, false
	for k := from; k < to; k++ {
		t := ts[k]
		if t.sep {
			continue
		}
		w := t.surfKey()
		c := max(complaintWeight(t.text), complaintWeight(w))
		if c >= 1 || burntWords[w] && (k == from || ts[k-1].color == "") || slackSaid(ts, from, k) || cameApart(ts, from, k) {
			return true // "الطلمبة محروقة"; "بني محروق" is a colour
		}
		weak += c
		if (w == "مش" || w == "مبقاش" || w == "not") && k+1 < to {
			n := ts[k+1].text
			if strings.HasPrefix(n, "بي") || strings.HasPrefix(n, "بت") || qualityWords[n] {
				return true
			}
		}
		doing = doing || troubleVerb(w) && !strings.HasSuffix(w, "وا") && !strings.HasSuffix(w, "و")
	}
	return weak >= 1 || weak > 0 && doing
}

// burntWords: burnt out, said of a part ("الموتور محروق", "burnt"),
// never after a colour ("بني محروق").
var burntWords = set("محروق", "محروقه", "محروقين", "burnt", "burned", "ma7roo2", "ma7roo2a", "ma7roug")

// shopsDoing: the message tells goods bought from the shop or work it did
// — "منكم", "من عندكم", "from you", a verb of buying ("اشتريته",
// "bought"), of receiving ("جالي", "وصلني", "استلمت", "received"), of
// paying ("دفعت", "paid"), the shop's own past work ("ركبتوه",
// "شحنتوله", "installed"), "اللي" before a past of mine or yours ("اللي
// خدتها", "اللي جبته"), goods that came ("اللي جت"), a warranty, a return
// or an exchange.
func shopsDoing(ts []token) bool {
	if fromTheShop(ts) || workAgoSeen(ts) || orderedOtherCame(ts) {
		return true
	}
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := t.surfKey()
		if boughtHere(w) || shopDoneWords[w] || shopDoneWords[t.text] || warrantyWord(w) || yourPastWork(w) ||
			exchangeWords[w] || exchangeWords[t.text] {
			return true
		}
		if clauseThat[t.lowSurface()] && i+1 < len(ts) && !ts[i+1].sep {
			n := ts[i+1]
			v := n.surfKey()
			if (pastVerb(v) || cameVerbs[v]) && !beingVerbs[v] && !sayVerbs[v] && !seenVerbs[v] && !fromOthers(ts, i+1) {
				return true // "اللي خدتها", "اللي جت امبارح"
			}
		}
	}
	return false
}

// shopDoneWords: goods received, paid or ordered before, said in any
// clause ("جالي", "وصلني", "استلمت", "دفعت", "طلبت", "العربون", English
// "received", "delivered", "paid", "ordered").
var shopDoneWords = set("جالي", "جاتلي", "جاني", "جالنا", "جاتنا", "وصلني", "وصلتني", "وصلنا", "وصلتلي", "وصلولي", "استلمت", "استلمنا",
	"استلمتها", "استلمته", "استلمتهم", "اتركب", "اتركبت", "اتركبوا", "دفعت", "دفعنا", "حولت", "حولتلكم", "العربون", "عربون", "طلبت", "طلبنا",
	"اخدت", "خدت", "خدنا", "اخدنا", "حاسبتوني", "حسبتوني", "حاسبوني",
	"gali", "galy", "weselny", "estalamt", "estlmt", "dafa3t", "talabt", "khadt", "5adt",
	"ordered", "bought", "paid", "received", "delivered", "installed", "arrived", "purchased", "charged")

// exchangeWords: the goods returned, refunded or exchanged — they came
// from the shop.
var exchangeWords = set("استرجاع", "ارجاع", "ترجيع", "استبدال", "استبدل", "ارجعه", "ارجعها", "ارجعهم", "استبدله", "استبدلها", "فلوسي",
	"refund", "exchange", "replacement", "return")

// yourPastWork: a past verb of the shop's work, said to it in the plural
// with an object or "for it" after it ("ركبتوه", "شحنتوله",
// "غيرتولها", "عملتوهولي") — never an imperative in ا ("ابعتوه").
func yourPastWork(w string) bool {
	return pastWorkTold(w, "هولي", "هالي", "هملي", "ها", "هم", "ه", "له", "لها", "لهم", "لي")
}

// pastWorkTold: w is the stem of a work, "تو" (you, plural, did) and one
// of the objects objs — never an imperative in ا.
func pastWorkTold(w string, objs ...string) bool {
	if !isArabicWord(w) || strings.HasPrefix(w, "ا") {
		return false
	}
	for _, o := range objs {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		if stem, ok := strings.CutSuffix(st, "تو"); ok && utf8.RuneCountInString(stem) >= 2 {
			return true
		}
	}
	return false
}

// workerSent: a worker asked for ("فني", "حد", "technician", "someone")
// and, after when he should come ("بكرة الصبح", "tomorrow morning") or
// "to", the verb of a work the shop sells as a line of its own, no name
// of which holds the worker's word ("please send a technician tomorrow
// morning to recharge the freon", "ابعتولي فني بكرة يشحن فريون التلاجة")
// — the worker is who does that work, no line of his own (a visit the
// work includes). A work whose name holds the worker ("فني يكشف" of
// "زيارة فني وكشف") keeps him.
func (r *Rules) workerSent(ts []token) {
	for i := range ts {
		t := ts[i]
		if t.sep || !t.lex || t.neg || !workers[t.text] && !workers[t.lowSurface()] && !workers[strings.TrimPrefix(t.surface, "و")] {
			continue
		}
		k, to := i+1, false
		for ; k < len(ts) && !ts[k].sep; k++ {
			w := wordKey(ts[k].lowSurface())
			if w == "to" {
				to = true
				continue
			}
			if !dayParts[w] && !dayWords[w] && !comeVerbs[ts[k].text] && !comeVerbs[w] {
				break
			}
		}
		if k == i+1 || k >= len(ts) || ts[k].sep || !ts[k].lex || ts[k].neg {
			continue
		}
		s := ts[k].lowSurface()
		if !(ts[k].verb || ts[k].work || to && isLatinWord(s) || strings.HasPrefix(s, "ي") && isArabicWord(s)) {
			continue
		}
		if r.shareProduct(t.text, ts[k].text) {
			continue
		}
		ts[i].neg, ts[i].used = true, true
	}
}
