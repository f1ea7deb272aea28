package understand

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Egyptian Arabic number words, keyed after Normalize and fold (ة→ه, ث→ت,
// ذ→د) and with ط read as ت (اطناشر = اتناشر). Both the full and the short
// form before a counted noun are listed (تلاتة / تلات كراسي).
var numberWords = map[string]float64{
	"واحد": 1, "واحده": 1, "وحده": 1,
	"اتنين": 2, "اتنان": 2, "تنين": 2,
	"تلاته": 3, "تلات": 3,
	"اربعه": 4, "اربع": 4,
	"خمسه": 5, "خمس": 5,
	"سته": 6, "ست": 6,
	"سبعه": 7, "سبع": 7,
	"تمانيه": 8, "تماني": 8, "تمان": 8, "تمنيه": 8,
	"تسعه": 9, "تسع": 9,
	"عشره": 10, "عشر": 10,
	"حداشر": 11, "احداشر": 11, "حدعشر": 11,
	"اتناشر": 12, "اتنعشر": 12,
	"تلتاشر": 13, "تلاتاشر": 13,
	"اربعتاشر": 14, "اربعاتاشر": 14,
	"خمستاشر": 15, "خمساشر": 15,
	"ستاشر": 16, "سيتاشر": 16,
	"سبعتاشر": 17, "سبعاتاشر": 17,
	"تمنتاشر": 18, "تمانتاشر": 18,
	"تسعتاشر": 19, "تسعاتاشر": 19,
	"عشرين": 20, "تلاتين": 30, "اربعين": 40, "خمسين": 50,
	"ستين": 60, "سبعين": 70, "تمانين": 80, "تسعين": 90,
	"ميه": 100, "مايه": 100, "مائه": 100, "ميت": 100, "مية": 100,
	"ميتين": 200, "تلتميه": 300, "ربعميه": 400, "خمسميه": 500,
	"ستميه": 600, "سبعميه": 700, "تمنميه": 800, "تسعميه": 900,
	// the hundreds as standard Arabic writes them (ثلاثمائة، مائتين) and
	// Egypt says them in full (تلاتمية، اربعمية، تمانمية)
	"مايتين": 200, "مايتان": 200, "تلاتمايه": 300, "اربعمايه": 400, "خمسمايه": 500, "ستمايه": 600,
	"سبعمايه": 700, "تمانمايه": 800, "تسعمايه": 900,
	"تلاتميه": 300, "اربعميه": 400, "تمانميه": 800,
	"الف": 1000, "الفين": 2000,
	// English, for mixed messages
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"hundred": 100, "thousand": 1000,
	// Franco-Arabic spellings of the Egyptian words
	"wa7ed": 1, "wahed": 1, "wa7da": 1, "wahda": 1, "etnen": 2, "etneen": 2, "itnein": 2, "itnen": 2, "etnein": 2,
	"talata": 3, "tlata": 3, "talat": 3, "talaat": 3, "arba3a": 4, "arba3": 4, "arbaa": 4,
	"khamsa": 5, "5amsa": 5, "khamas": 5, "setta": 6, "sitta": 6, "sab3a": 7, "saba": 7,
	"tamanya": 8, "tamania": 8, "tes3a": 9, "tesa": 9, "3ashara": 10, "3ashra": 10, "ashara": 10,
	"7dashar": 11, "etnashar": 12, "itnashar": 12, "3eshreen": 20, "eshreen": 20,
	"alf": 1000, "alfen": 2000,
	// a hundred, spelt as water is too ("meya metr"; "khartoum meya" is
	// water: hundredAt)
	"meya": 100, "miya": 100, "meyya": 100,
}

// fractionWords are the fractions said alone or after a whole number.
var fractionWords = map[string]float64{
	"نص": 0.5, "نصف": 0.5, "ربع": 0.25, "تلت": 1.0 / 3, "تلتين": 2.0 / 3,
	"half": 0.5, "quarter": 0.25,
	// Franco: "metr w nos", "metrein w rob3"
	"nos": 0.5, "noss": 0.5, "nus": 0.5, "rob3": 0.25, "rub3": 0.25, "robe3": 0.25, "telt": 1.0 / 3, "tilt": 1.0 / 3,
}

// unitWords map a length or area unit word to its unit. The value is what
// one of it is in metres for lengths.
var unitWords = map[string]string{
	"متر": "m", "امتار": "m", "مترات": "m", "م": "m", "m": "m", "mt": "m", "meter": "m", "meters": "m", "metre": "m", "metr": "m", "mtr": "m",
	"سم": "cm", "سنتي": "cm", "سانتي": "cm", "سنتيمتر": "cm", "سنتيميتر": "cm", "سنتمتر": "cm", "سانتيمتر": "cm", "سنتيمترات": "cm", "cm": "cm", "sm": "cm",
	"مم": "mm", "ملي": "mm", "مللي": "mm", "ملليمتر": "mm", "mm": "mm",
	"مترمربع": "sqm", "sqm": "sqm", "m2": "sqm",
}

// dozenWords: دستة is twelve; the dual دستتين twenty-four (Franco "dasta").
var dozenWords = map[string]float64{"دسته": 12, "دستتين": 24, "dozen": 12, "dozens": 12, "dasta": 12, "dastet": 12, "dastetein": 24, "dasteten": 24}

// dimWords name a measured side; they may stand between a figure and "في".
var dimWords = map[string]bool{
	"عرض": true, "عرضه": true, "طول": true, "طوله": true, "ارتفاع": true, "ارتفاعه": true,
	"عمق": true, "عمقه": true, "عرضها": true, "طولها": true, "ارتفاعها": true, "عمقها": true,
	"width": true, "height": true, "length": true, "depth": true,
	"wide": true, "high": true, "long": true, "deep": true, "tall": true, // "120 wide by 150 high"
	"طولي": true, "طولى": true, // "متر طولي": a running metre
	"run": true, "running": true, // "for a 3.5 m run", "26 running metres": the length
	// how far an awning or a canopy stands out from the wall, its depth:
	// "طولها ٦ متر وبارزة ٣ متر", "بروزها ٢.٥", "3 m projection"
	"بروز": true, "بروزه": true, "بروزها": true, "بارز": true, "بارزه": true, "projection": true,
	// thickness: "سمك ١٠ سم", "تخانة ٥"
	"سمك": true, "سمكه": true, "سمكها": true, "تخانه": true, "thickness": true, "thick": true,
}

// francoDimWords are the dimension words written in Franco-Arabic: "2 metr
// 3ard fe 2.5 tool" is 2 m wide by 2.5 m long.
var francoDimWords = map[string]string{
	"3ard": "عرض", "3ardo": "عرضه", "3ardha": "عرضها", "3rd": "عرض",
	"tool": "طول", "toul": "طول", "tol": "طول", "tul": "طول", "tolo": "طوله", "toolo": "طوله", "toolha": "طولها", "tolha": "طولها",
	"ertefa3": "ارتفاع", "ertfa3": "ارتفاع", "irtifa3": "ارتفاع", "ertefa3o": "ارتفاعه", "ertefa3ha": "ارتفاعها",
	"3om2": "عمق", "3am2": "عمق", "3om2o": "عمقه",
}

// runningWords say a length is a running length, after its figure.
var runningWords = map[string]bool{"طولي": true, "طولى": true}

// dimOps join the sides of a size: "2 متر في 120 سم", "180x90".
var dimOps = map[string]bool{"في": true, "x": true, "ب": true, "by": true, "فى": true}

func numKey(w string) string {
	return strings.ReplaceAll(fold(w), "ط", "ت")
}

// numberWord returns the value of an Egyptian number word.
func numberWord(w string) (float64, bool) {
	v, ok := numberWords[numKey(w)]
	return v, ok
}

// CountWord is the count a word says, as the rules read it: a number word
// ("تلاتة", "two", "etnen") or a dozen ("دستة"). For the pipeline, which
// reads short replies ("خليهم تلاتة") outside the rules.
func CountWord(w string) (float64, bool) {
	if v, ok := numberWord(w); ok {
		return v, true
	}
	v, ok := dozenWords[numKey(w)]
	return v, ok
}

func fractionWord(w string) (float64, bool) {
	v, ok := fractionWords[numKey(w)]
	return v, ok
}

func unitWord(w string) (string, bool) {
	u, ok := unitWords[w]
	if !ok && strings.HasPrefix(w, "ال") {
		u, ok = unitWords[strings.TrimPrefix(w, "ال")]
	}
	if ok && u == "m" && w == "م" {
		return u, true
	}
	return u, ok
}

// perUnit reports whether a unit word carries the article ("المتر",
// "بالمتر", "للمتر"): "بكام المتر" asks the price of a metre, it orders none.
func perUnit(surface string) bool {
	k := fold(surface)
	for _, p := range []string{"ال", "بال", "لل"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// perWord: the word before a unit that makes it a price's unit, the article
// written apart ("kam el metr", "bel metr", "the metre") or "per" ("how
// much per metre"): the metre priced, none ordered.
func perWord(surface string) bool {
	w := lower(surface)
	return francoArticles[w] || w == "per" || w == "the"
}

// unitDual reads the dual of a unit word: مترين = 2 metres.
func unitDual(w string) (string, bool) {
	if !strings.HasSuffix(w, "ين") {
		return "", false
	}
	switch strings.TrimSuffix(w, "ين") {
	case "متر":
		return "m", true
	case "سنتي", "سنتيمتر":
		return "cm", true
	}
	return "", false
}

func parseDigits(w string) (float64, bool) {
	if !isNumber(w) {
		return 0, false
	}
	f, err := strconv.ParseFloat(w, 64)
	return f, err == nil
}

// tail reads the fraction that follows a whole amount: ونص (+½), وربع
// (+¼), وتلت (+⅓), "الا ربع" (−¼), "الا تلت" (−⅓). It returns the
// adjustment and how many tokens it used.
func fractionTail(ts []token, i int) (float64, int) {
	if i >= len(ts) || ts[i].sep || ts[i].halfOpens {
		return 0, 0
	}
	w := ts[i].text
	if ts[i].conj {
		if f, ok := fractionWord(w); ok {
			return f, 1
		}
	}
	if strings.HasPrefix(w, "و") {
		if f, ok := fractionWord(strings.TrimPrefix(w, "و")); ok {
			return f, 1
		}
	}
	if s, ok := strings.CutPrefix(ts[i].surface, "و"); ok && !strings.Contains(s, " ") {
		// "١٢ متر ونص" where the catalog's vocabulary rewrote نص to a
		// word of its own ("وسط, نص": a centre gondola): after an
		// amount, "ونص" is a half as the customer wrote it
		if f, ok := fractionWord(s); ok {
			return f, 1
		}
	}
	if w == "و" && i+1 < len(ts) && !ts[i+1].sep {
		if f, ok := fractionWord(ts[i+1].text); ok {
			return f, 2
		}
	}
	if ts[i].lowSurface() == "and" && i+2 < len(ts) && !ts[i+1].sep && !ts[i+2].sep && (ts[i+1].text == "a" || ts[i+1].text == "an") {
		// "one and a half", "a ton and a half", "2 metres and a quarter"
		if f, ok := fractionWord(ts[i+2].text); ok {
			return f, 3
		}
	}
	if (w == "الا" || w == "غير") && i+1 < len(ts) && !ts[i+1].sep {
		if f, ok := fractionWord(ts[i+1].text); ok {
			return -f, 2
		}
	}
	return 0, 0
}

// amount is a stated quantity: a number, maybe with a unit.
type amount struct {
	val     float64
	unit    string // "" (a count), "m", "cm", "mm", "sqm"
	implied bool   // no figure was written ("المتر", "دستة"): one of the unit
	per     bool   // the unit with the article ("المتر", "بالمتر"): a price's unit, no quantity
	start   int    // first token
	end     int    // one past the last token
	dozen   bool
	side    bool // a dimension word names it: "طول ٦ متر", "length 4 m"
	pack    bool // the dual of a pack word ("جردلين"): two packs, a count
	// floor: said right after a ground measured in metres ("لملعب ٢٠ في
	// ٤٠", "للروف ١٢ في ١٥"): its bare figures are metres, not cm
	floor bool
	// ofPlace: said right after a room or a place named as such, no "for"
	// ("والصالة ٦ متر في ٤", "the room is 6 x 4"): the place's sides,
	// never a length of goods sold by the metre
	ofPlace bool
	// rise: a height or depth word names it ("في 2.5 ارتفاع", "بعمق 60",
	// "2.5 high"): how high or deep the goods stand, never a length of
	// their run
	rise bool
}

// riseWords name a height or a depth, the sides across a run's length.
var riseWords = set("ارتفاع", "ارتفاعه", "ارتفاعها", "عمق", "عمقه", "عمقها", "height", "high", "tall", "depth", "deep")

// metres converts a length amount to metres.
func (a amount) metres() float64 {
	switch a.unit {
	case "cm":
		return a.val / 100
	case "mm":
		return a.val / 1000
	}
	return a.val
}

// numberAt reads a whole number at i: digits, or number words joined by و
// ("خمسة وعشرين", "مية وخمسين"). isLex reports words the catalog itself
// uses, which are not read as numbers (وحدة in "وحدة تليفزيون").
func numberAt(ts []token, i int, isLex func(int) bool) (float64, int, bool) {
	if i >= len(ts) || ts[i].sep {
		return 0, 0, false
	}
	if v, ok := parseDigits(ts[i].text); ok {
		return v, 1, true
	}
	if isLex != nil && isLex(i) {
		return 0, 0, false
	}
	v, ok := numberWord(ts[i].text)
	if !ok {
		return 0, 0, false
	}
	n := 1
	for i+n < len(ts) {
		w := ts[i+n].text
		step := 1
		if w == "و" && i+n+1 < len(ts) {
			w = ts[i+n+1].text
			step = 2
		} else if ts[i+n].conj {
		} else if strings.HasPrefix(w, "و") {
			w = strings.TrimPrefix(w, "و")
		} else {
			break
		}
		x, ok := numberWord(w)
		if !ok || !compatible(v, x) {
			break
		}
		v += x
		n += step
	}
	return v, n, true
}

// compatible: "خمسة وعشرين" (units then tens), "مية وخمسين" (hundreds then
// less) combine; "تلاتة وخمسة" (two counts) do not.
func compatible(have, next float64) bool {
	switch {
	case have < 10 && next >= 20 && next < 100 && int(next)%10 == 0:
		return true
	case have >= 100 && next < 100:
		return int(have)%100 == 0
	case have >= 1000 && next < 1000:
		return int(have)%1000 == 0
	}
	return false
}

// floorPlaces are grounds whose sides are told in metres: a field, a roof,
// a garden, a yard, a store, a prayer hall — never a window's centimetres.
var floorPlaces = set("ملعب", "ملاعب", "روف", "سطح", "جنينه", "حديقه", "حوش", "ساحه", "مخزن", "مخازن", "مصنع", "جراج",
	"قاعه", "مصلي", "مسجد", "تراس", "field", "pitch", "court", "roof", "garden", "yard", "warehouse")

// placeSides: the figure at i follows a room or a place named as such,
// not as what goods are for ("والصالة ٦ متر في ٤", "الاوضة ٤ في ٣", "the
// room is 6 x 4"; never "للصالة", nor a catalog's own word: a kitchen
// sold by the metre is "مطبخ ٣ متر").
func placeSides(ts []token, i int) bool {
	k := i - 1
	if k > 0 && !ts[k].sep && (ts[k].text == "is" || ts[k].text == "مساحتها" || ts[k].text == "مقاسها") {
		k--
	}
	if k < 0 || ts[k].sep || ts[k].lex || ts[k].prep {
		return false
	}
	w := strings.TrimPrefix(ts[k].text, "و")
	if strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "ال") {
		return false // "لاوضة": for it
	}
	p := placeKey(w)
	return placeWords[w] || placeWords[p] || roomWords[p] || floorPlaces[p]
}

// amountAt reads an amount starting at token i: "3", "٣ متر", "مترين ونص",
// "2 متر الا ربع", "نص دستة", "دستة", "3 متر و 20 سم", "المتر".
func amountAt(ts []token, i int, isLex func(int) bool) (amount, bool) {
	if i >= len(ts) || ts[i].sep {
		return amount{}, false
	}
	a := amount{start: i, side: i > 0 && !ts[i-1].sep && dimWords[ts[i-1].text] && !runningWords[ts[i-1].text]}
	a.floor = i > 0 && !ts[i-1].sep && floorPlaces[placeKey(strings.TrimPrefix(ts[i-1].text, "و"))]
	a.ofPlace = placeSides(ts, i)
	j := i
	w := ts[i].text
	if u, ok := unitDual(w); ok {
		a.val, a.unit, j = 2, u, j+1
	} else if packDual(w) || ts[i].dual && pieceWords[w] || francoPackDual(ts[i].lowSurface()) {
		a.val, a.pack, a.end = 2, true, j+1 // "جردلين", "شيكارتين", Franco "keseen": two packs
		return a, true
	} else if onePieceSized(ts, i) {
		a.val, a.pack, a.end = 1, true, j+1 // "وقطعة ١٢٠ في ٨٠": one piece, its size next
		return a, true
	} else if v, n, ok := numberAt(ts, j, isLex); ok {
		a.val, j = v, j+n
	} else if f, ok := fractionWord(w); ok && j+1 < len(ts) && !ts[j+1].sep && (isUnitOrDozen(ts[j+1].text) || weightMeasure(ts[j+1]) && !ts[j+1].conj && (!(ts[j].lex && ts[j+1].lex) || ts[j].weighOpens)) {
		// "نص متر", "half a dozen"; "نص طن حديد", "a half ton of rebar": half of the measure
		// (not a name's own words: "خزان نص طن" is the half-ton tank)
		a.val, j = f, j+1
	} else if f, ok := fractionWord(w); ok && j+2 < len(ts) && (ts[j+1].text == "a" || ts[j+1].text == "an") && !ts[j+2].sep && (isUnitOrDozen(ts[j+2].text) || weightMeasure(ts[j+2])) {
		a.val, j = f, j+2 // "half a dozen", "half a metre": English puts the article between
	} else if d, ok := dozenWords[w]; ok && !dozenNamed(ts, i) {
		a.val, a.dozen, j = d, true, j+1
		if f, n := fractionTail(ts, j); n > 0 {
			a.val += f * 12
			j += n
		}
		a.end = j
		return a, true
	} else if u, ok := unitWord(w); ok && w != "م" && (u == "m" || u == "sqm") {
		a.val, a.unit, a.implied, j = 1, u, true, j+1
		a.per = perUnit(ts[j-1].surface) || i > 0 && !ts[i-1].sep && perWord(ts[i-1].surface)
		if f, n := fractionTail(ts, j); n > 0 {
			a.val += f
			a.implied, a.per = false, false
			j += n
		}
		if u == "m" {
			if v, nj := centimetresAfter(ts, j); nj > j { // "متر و٢٠": 1.20 m
				a.val += v
				a.implied, a.per = false, false
				j = nj
			}
		}
		if a.implied && u == "m" && (sideAhead(ts, j) || i > 1 && !ts[i-1].sep && dimOps[ts[i-1].text] && !ts[i-2].sep && (isNumber(ts[i-2].text) || isUnit(ts[i-2].text))) {
			a.implied, a.per = false, false // "متر في ٢ متر وربع", "٢ متر في متر": one metre, a side
		}
		a.end = j
		return a, true
	} else if f, n := fractionTail(ts, j+1); n > 0 && (weightMeasure(ts[j]) || ts[j].conj && measureUnits[ts[j].text]) && !ts[j+1].used {
		// "تولة ونص عود", "كيلو ونص بن", "kilo w nos": one of the measure
		// the goods are priced per and a fraction more ("وطن ونص حديد":
		// the و written onto it, measureThenFraction)
		a.val, a.end = 1+f, j+1+n
		return a, true
	} else {
		return amount{}, false
	}
	if f, n := fractionTail(ts, j); n > 0 && a.unit == "" {
		a.val += f
		j += n
	}
	if a.unit == "" && j < len(ts) && !ts[j].sep {
		if u, ok := unitWord(ts[j].text); ok {
			a.unit = u
			j++
		} else if d, ok := dozenWords[ts[j].text]; ok {
			a.val *= d
			a.dozen = true
			j++
		}
	}
	if f, n := fractionTail(ts, j); n > 0 {
		if a.dozen {
			f *= 12
		}
		a.val += f
		j += n
	} else if a.unit == "" && !a.dozen && j+1 < len(ts) && !ts[j].sep && !ts[j].conj && weightMeasure(ts[j]) {
		// "٢ طن ونص حديد", "3 kilo w nos": the fraction after a weight or
		// a measure goods are priced per is the amount's; the measure
		// word stays for the line to read (not one written with و: "حديد ١٢
		// وطن ونص" is and a ton and a half, never 12.5)
		if f, n := fractionTail(ts, j+1); n > 0 {
			a.val += f
			ts[j+1].used = true
			if n == 2 {
				ts[j+2].used = true
			}
		}
	}
	// "3 متر و 20 سم", "2 متر و80": one length in metres and centimetres.
	if a.unit == "m" {
		if v, nj := centimetresAfter(ts, j); nj > j {
			a.val += v
			j = nj
		}
	}
	if a.side && a.unit == "m" && j < len(ts) && !ts[j].sep && runningWords[ts[j].text] {
		a.side = false // "بطول ٤٠ متر طولي": running metres, how much, no side
	}
	// "ارتفاع 2.5", or "2.5 ارتفاع" with no figure after the word (that
	// would be the next side's: "2 متر ارتفاع 3"); the word joined by و
	// opens the next side ("طوله ٤ متر ونص وارتفاعه متر": the length,
	// then the height), never this figure's
	a.rise = i > 0 && !ts[i-1].sep && riseWords[ts[i-1].text] ||
		j < len(ts) && !ts[j].sep && !ts[j].conj && riseWords[ts[j].text] && (j+1 >= len(ts) || ts[j+1].sep || !isNumber(ts[j+1].text))
	a.end = j
	return a, a.val > 0
}

// weightMeasure: t is a weight ("كيلو", "kg") or a measure goods are
// priced per ("طن", "لتر", "وات"): after a figure, what it measures. The
// Franco "w" the vocabulary reads as و is "and", never a watt: "surf 4.20
// w makanet …" joins the next goods.
func weightMeasure(t token) bool {
	return weightUnits[t.text] || measureUnits[t.lowSurface()] && t.text != "و"
}

// centimetresAfter reads the centimetres said after metres ("و 20 سم",
// "و80"): their value in metres and the token after them (j when none).
func centimetresAfter(ts []token, j int) (float64, int) {
	// "٢ متر ٢٠": Egyptian says the centimetres after the metres with no و
	// ("٢٠ متر ٦٠×٦٠": a figure opening a size is no centimetres, unless
	// the other side is in metres too: "٣ متر ٢٠ في ٤ متر"; "٥٠ متر ٤ سم
	// نجيلة": under ten is no centimetres said bare)
	bare := j < len(ts) && !ts[j].sep && !ts[j].conj && isNumber(ts[j].text) && !strings.Contains(ts[j].text, ".") &&
		!(j+1 < len(ts) && !ts[j+1].sep && (isNumber(ts[j+1].text) || isNumberWord(ts[j+1].text))) &&
		!(j+1 < len(ts) && (dimOps[ts[j+1].text] || ts[j+1].text == "x") && !metresAt(ts, j+2))
	if bare {
		if v, ok := parseDigits(ts[j].text); !ok || v < 10 || v >= 100 {
			return 0, j
		}
	}
	if j >= len(ts) || !(ts[j].text == "و" || ts[j].conj && (isNumber(ts[j].text) || isNumberWord(ts[j].text)) || bare) {
		return 0, j
	}
	k := j + 1
	if ts[j].conj || bare {
		k = j
	}
	if k >= len(ts) || ts[k].sep {
		return 0, j
	}
	v, ok := parseDigits(ts[k].text)
	if !ok {
		v, ok = numberWord(ts[k].text) // "متر وعشرين"
	}
	if !ok || v != math.Trunc(v) {
		return 0, j
	}
	u := ""
	if k+1 < len(ts) && !ts[k+1].sep {
		u, _ = unitWord(ts[k+1].text)
	}
	switch {
	case u == "cm":
		return v / 100, k + 2
	case u == "" && v >= 10 && v < 100 && !ownReading(ts, k+1):
		return v / 100, k + 1 // the centimetres said bare after the metres
	}
	return 0, j
}

// metresAt: a figure in metres at i ("٤ متر").
func metresAt(ts []token, i int) bool {
	if i+1 >= len(ts) || ts[i].sep || ts[i+1].sep || !isNumber(ts[i].text) {
		return false
	}
	u, _ := unitWord(ts[i+1].text)
	return u == "m"
}

// ownReading reports whether the token at i gives the figure before it a
// reading of its own, so that figure is no centimetres of the metres said
// before "و": a unit, a dozen, a pack or piece word, a counted noun, a place
// or a word of a product sold by the piece ("٦٥ متر و ١٥ كيس صليبات", "45
// metr w 10 shekayer": fifteen bags, ten sacks; "متر و٢٠ ابيض", "متر و٢٠
// وحوض" and "٣ متر في متر و٢٠ بورسلين", a tile sold by the m², are 1.20 m).
func ownReading(ts []token, i int) bool {
	if i >= len(ts) || ts[i].sep {
		return false
	}
	t := ts[i]
	if t.conj {
		return false // "متر و٢٠ وحوض": the و opens the next item
	}
	return isUnitOrDozen(t.text) || pieceWords[t.text] || countedNouns[t.text] || placeWords[t.text] ||
		t.counted && t.color == ""
}

func isUnitOrDozen(w string) bool {
	if _, ok := unitWord(w); ok {
		return true
	}
	_, ok := dozenWords[w]
	return ok
}

// waterBefore say "مية" read as water, not a hundred: after "ضد", "مقاوم",
// "عازل", or a present verb ("مش بيشرب مية", "بتسرب مية"), a thing the
// goods do with water.
var waterBefore = set("ضد", "مقاوم", "مقاومه", "عازل", "عازله", "يشرب", "تشرب", "يسرب", "تسرب", "يمنع", "تمنع")

// water marks "مية" (water) said of what the goods do with it: no figure.
func (r *Rules) water(ts []token) {
	for k := range ts {
		if waterAt(ts, k) {
			ts[k].text, ts[k].used = "مياه", true
			// "ضد المية" of a name's "ضد المياه": a word of that name
			ts[k].lex = ts[k-1].lex && r.lx.isWord("مياه")
			ts[k-1].used = true // "مش بيشرب": what the goods do with it, explained
		} else if of, ok := r.hundredWater(ts, k); ok {
			// "موتور مية للسطح", "كوبايات مية": the goods' use, a word
			// of their names where the names say it; "خزان للمية", "والمية
			// مش طالعة": the water itself, no figure and no name's word
			ts[k].text, ts[k].used = "مياه", true
			ts[k].lex = of && r.lx.isWord("مياه")
		}
	}
}

// hundredWords are "مية" as written in Arabic and in Franco: a hundred,
// and water.
var hundredWords = set("ميه", "مايه", "meya", "miya", "meyya")

// hundredAt: "مية" (a hundred, and water) is a number only where a number
// can stand beside the word before it, prev, and the two after it, next
// and after: after a figure or a number word ("تلت مية", "٣ مية"),
// before a unit or a measure ("مية متر", "مية وات"), before a size's
// "في"/"x" and a figure ("مية في ميتين"), or joined by و to a number
// ("مية وعشرين"). After a word of goods, anywhere else ("موتور مية
// حصان", "خزان مية ٥٠٠ لتر", "فلتر مية"), it is water.
func hundredAt(prev, next, after string) bool {
	if isNumber(prev) || isNumberWord(prev) {
		return true
	}
	if _, ok := unitWord(next); ok || measureKinds[next] != "" || measureWords[next] {
		return true
	}
	if dimOps[next] && (isNumber(after) || isNumberWord(after)) {
		return true
	}
	rest, ok := strings.CutPrefix(next, "و")
	return ok && isNumberWord(rest)
}

// waterSaid: the word at i of ts, w once its article is off, is "مية"
// where no number stands after it ("المية", "للمية" — the article takes
// no count): water (hundredWater reads it).
func waterSaid(w string, ts []token, i int) bool {
	if !hundredWords[w] {
		return false
	}
	var next, after string
	if i+1 < len(ts) && !ts[i+1].sep {
		next = ts[i+1].text
		if i+2 < len(ts) && !ts[i+2].sep {
			after = ts[i+2].text
		}
	}
	return !hundredAt("", next, after)
}

// hundredWater reports whether the token at k is "مية" said as water,
// not a number (hundredAt): with the article ("للمية", "والمية": a
// number word takes none in a count; "بالمية" after a figure is a
// percent, left to the price words), or right after a word of goods
// ("موتور مية للسطح", "كوبايات مية") when no product of that word is made
// in a hundred — ofGoods, a use of the goods the names may say.
func (r *Rules) hundredWater(ts []token, k int) (ofGoods, ok bool) {
	if ts[k].sep || ts[k].lex || !hundredWords[ts[k].text] {
		return false, false
	}
	var prev, next, after string
	if k > 0 && !ts[k-1].sep {
		prev = ts[k-1].text
	}
	if k+1 < len(ts) && !ts[k+1].sep {
		next = ts[k+1].text
		if ts[k+1].conj {
			next = "و" + next
		}
		if k+2 < len(ts) && !ts[k+2].sep {
			after = ts[k+2].text
		}
	}
	if hundredAt(prev, next, after) {
		return false, false
	}
	article := strings.HasPrefix(strings.TrimLeft(ts[k].surface, "وفبل"), "ال") || strings.HasPrefix(ts[k].surface, "لل")
	if prev == "" || !ts[k-1].lex || isNumber(prev) {
		return false, article
	}
	for _, p := range r.lx.postings[prev] {
		if r.lx.info[p].all["100"] && !article {
			return false, false // "لمبة مية" where a bulb is made in 100 (watts)
		}
	}
	return true, true
}

// waterAt: the token at k is "مية" said as water (see waterBefore).
func waterAt(ts []token, k int) bool {
	if w := ts[k].text; k == 0 || ts[k].sep || ts[k].lex || w != "ميه" && w != "مايه" || ts[k-1].sep {
		return false
	}
	p := ts[k-1].text
	for _, pre := range []string{"بي", "بت", "هي", "هت"} {
		if strings.HasPrefix(p, pre) && utf8.RuneCountInString(p) >= 4 && !isNumberWord(p) {
			return true
		}
	}
	return waterBefore[p]
}

// sideAhead: a dimension operator at j and a figure or a metre after it
// ("في ٨٠ سم", "في ٢ متر", "في متر"): what comes before is a side.
func sideAhead(ts []token, j int) bool {
	if j+1 >= len(ts) || ts[j].sep || ts[j+1].sep || !dimOps[ts[j].text] {
		return false
	}
	n := ts[j+1].text
	if _, ok := numberWord(n); ok || isNumber(n) {
		return true
	}
	if u, ok := unitDual(n); ok && u == "m" {
		return true // "في مترين"
	}
	u, ok := unitWord(n)
	return ok && u == "m"
}

// packFractions reads a fraction said after a count's pack or weight word
// into the count ("٢ كيلو ونص قطن": 2.5 kilos, "3 لفة ونص"): the figure
// becomes the whole amount, the fraction's words joined to the pack word's.
// Only tokens from index from on are read (the request; indexes before it
// stay as they are). A measure written with و ("حديد ١٢ وكيلو ونص سلك")
// opens an amount of its own: the figure before it is none of it.
func packFractions(ts []token, from int) []token {
	for i := from; i+2 < len(ts); i++ {
		v, ok := parseDigits(ts[i].text)
		if !ok || ts[i+1].sep || ts[i+1].conj || !(pieceWords[ts[i+1].text] || measureKinds[ts[i+1].text] == "kg") {
			continue
		}
		if f, n := fractionTail(ts, i+2); n > 0 && f > 0 {
			ts[i].text = numString(v + f)
			for k := i + 2; k < i+2+n; k++ {
				ts[i+1].surface += " " + ts[k].surface
			}
			ts = slices.Delete(ts, i+2, i+2+n)
		}
	}
	return ts
}

// totalWords and comesToWords say the figure after them is what the lines
// come to ("الاجمالي ١٧٠٠", "يبقى ٩٠٠", "total 1700"): money where the
// message does price arithmetic or names money ("تركيب إجمالي ١٧.٦" is
// the area's total).
var totalWords = set("اجمالي", "الاجمالي", "مجموع", "المجموع", "total")
var comesToWords = set("يبقي", "يبقوا", "هيبقي", "هيبقوا", "بيبقي")

// priceMath sets aside the customer's own arithmetic: "٥ كيلو قطن × ١٦٠ =
// ٨٠٠ جنيه" (a count times a unit price equal to a total: the price and
// the total are money, never a size nor a count) and the totals after it
// ("يبقى ٩٠٠", "الاجمالي ١٧٠٠").
func priceMath(ts []token) {
	money := false
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].text != "x" || i == 0 || ts[i+1].sep || ts[i+2].sep {
			continue
		}
		price, ok1 := parseDigits(ts[i+1].text)
		total, ok2 := parseDigits(ts[i+2].text)
		if !ok1 || !ok2 {
			continue
		}
		for k := i - 1; k >= 0 && !ts[k].sep; k-- {
			if n, ok := parseDigits(ts[k].text); ok {
				if math.Abs(n*price-total) < 0.5 {
					money = true
					for m := i; m <= i+2; m++ {
						ts[m].used, ts[m].aside = true, true
					}
				}
				break
			}
		}
	}
	for _, t := range ts {
		money = money || notAmountAfter[t.text] && !t.sep
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || !isNumber(ts[i+1].text) || !money || !(totalWords[ts[i].text] || comesToWords[ts[i].text]) {
			continue
		}
		ts[i].used, ts[i+1].used, ts[i+1].aside = true, true, true
	}
	money = ownSum(ts) || money
	for i, t := range ts {
		switch {
		case !t.sep && notAmountAfter[t.text] && i > 0 && ts[i-1].aside && isNumber(ts[i-1].text):
			ts[i].used = true // "= ٨٠٠ جنيه"
		case money && t.text == "صح" && (i+1 == len(ts) || ts[i+1].sep || ts[i+1].text == "كده"):
			ts[i].used = true // "صح كده؟": is the sum right
		}
	}
}

// reckonWords say the customer summed the order up: "حسبتها ١٧٥٠",
// "الحساب عندي طالع ١٥٩٩٠".
var reckonWords = set("حسبتها", "حسبتهم", "حسبته", "حسبت", "حسبناها", "حسبناهم", "حسبنا", "7asabtaha", "7asabt", "calculated", "reckon")

// sumLinks are the words between a bill or reckoning word and the sum:
// "عندي طالع", "بتطلع", "comes to", "is".
var sumLinks = set("عندي", "معايا", "طالع", "طالعه", "طلع", "طلعت", "يطلع", "بيطلع", "هيطلع", "تطلع", "بتطلع", "هتطلع",
	"حوالي", "تقريبا", "ب", "=", "كده", "comes", "to", "is", "about", "around", "i", "make", "it")

// ownSum sets aside the customer's own total of the order ("الحساب عندي
// طالع ١٥٩٩٠ صح كده؟", "حسبتها ١٧٥٠ تقريبا", "total 4200"): a sum said,
// never a size nor a count. It reports whether one was said.
func ownSum(ts []token) bool {
	found := false
	for i, t := range ts {
		if t.sep || !(billWords[t.text] || reckonWords[t.text]) {
			continue
		}
		j := i + 1
		for j < len(ts) && !ts[j].sep && sumLinks[ts[j].text] {
			j++
		}
		if j >= len(ts) || ts[j].sep || !isNumber(ts[j].text) {
			continue
		}
		if n, ok := parseDigits(ts[j].text); !ok || n < 100 {
			continue // "total 3": pieces, no money
		}
		if j+1 < len(ts) && !ts[j+1].sep && !notAmountAfter[ts[j+1].text] && !sumLinks[ts[j+1].text] && ts[j+1].text != "صح" {
			continue // "الحساب ٢ كراسي": what follows is counted
		}
		for m := i; m <= j; m++ {
			ts[m].used, ts[m].aside = true, true
		}
		for m := j + 1; m < len(ts) && !ts[m].sep && (sumLinks[ts[m].text] || notAmountAfter[ts[m].text]); m++ {
			ts[m].used, ts[m].aside = true, true // "تقريبا", "جنيه"
		}
		found = true
	}
	return found
}

// ageWords count a person's years or months: "عنده ٧ سنين", "عندها ٨ شهور".
var ageWords = set("سنين", "سنه", "سنوات", "شهور", "شهر", "اشهر", "sneen", "sana", "years", "year", "months", "month", "yrs")

// ageOwners say whose age follows: "عنده", "عمرها", "is", "aged".
var ageOwners = set("عنده", "عندها", "عندهم", "عمره", "عمرها", "عمرهم", "سنه", "سنها", "3ando", "3andaha", "is", "aged", "age",
	// the years a birthday completes: "بنتي هتكمل ١٨ سنة", "هيتم ٥ سنين", "turning 7 years"
	"هيكمل", "هتكمل", "يكمل", "تكمل", "كمل", "كملت", "هيتم", "هتتم", "يتم", "تتم", "turning", "turns")

// weightOwners say whose weight follows: "وزنه ٣٠ كيلو", "weighs 30 kg",
// or the weight a product bears ("بيستحمل وزن ١٠٠ كيلو").
var weightOwners = set("وزن", "وزنه", "وزنها", "وزني", "وزنهم", "wazno", "waznaha", "weighs", "weight")

// weightUnits follow a person's weight.
var weightUnits = set("كيلو", "ك", "كجم", "كيلوجرام", "kilo", "kilos", "kg", "kgs")

// tomorrowSaid sets aside "بكرة" said as tomorrow, not the spool a shop
// sells by: a part of the day after it ("تبعتهم بكرة الصبح", "bokra
// el sob7") or a preposition of time before it ("من بكرة", "لحد بكرة",
// "قبل بكرة").
func tomorrowSaid(ts []token) {
	for i, t := range ts {
		if t.sep || !tomorrowWords[t.lowKey()] {
			continue
		}
		after := i+1 < len(ts) && !ts[i+1].sep && (dayParts[ts[i+1].text] || dayParts[ts[i+1].surfaceKey()] || francoDayParts[ts[i+1].lowSurface()])
		before := i > 0 && !ts[i-1].sep && timePreps[ts[i-1].lowKey()]
		if after || before {
			ts[i].used, ts[i].aside, ts[i].lex = true, true, false
		}
	}
}

// tomorrowWords: "بكرة" (tomorrow, and a spool), as written in Arabic and Franco.
var tomorrowWords = set("بكره", "bokra", "bukra", "bokrah")

// francoDayParts: the parts of the day in Franco after "bokra".
var francoDayParts = set("el sob7", "sob7", "elsob7", "el doher", "bel leil", "belleil", "ba3d")

// timePreps: prepositions of time before "بكرة".
var timePreps = set("من", "لحد", "قبل", "بعد", "لغايه", "men", "le7ad", "la7ad", "abl", "ba3d")

// personTalk sets aside a person's age and weight ("ابني عنده ٧ سنين
// ووزنه ٣٠ كيلو", "my son is 7 years old"): who the goods are for, never
// a count, a size or a thing to sell.
func personTalk(ts []token) {
	aside := func(from, to int) {
		for m := from; m <= to; m++ {
			ts[m].used, ts[m].aside = true, true
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !isNumber(ts[i].text) {
			continue
		}
		next := ts[i+1]
		if !next.sep && ageWords[next.text] && i > 0 && !ts[i-1].sep && ageOwners[strings.TrimPrefix(ts[i-1].text, "و")] {
			end := i + 1
			if end+1 < len(ts) && !ts[end+1].sep && (ts[end+1].text == "old" || ts[end+1].text == "ونص") {
				end++
			}
			aside(i-1, end)
			continue
		}
		if from, ok := partyBefore(ts, i); ok {
			end := i
			if !next.sep && partyNouns[next.text] {
				end++
			}
			aside(from, end)
			continue
		}
		if i > 0 && !ts[i-1].sep && weightOwners[strings.TrimPrefix(ts[i-1].text, "و")] {
			end := i
			if !next.sep && weightUnits[next.text] {
				end++
			}
			aside(i-1, end)
		}
	}
}

// partyBefore: the figure at i says how many people a party will be
// ("هنبقى حوالي ٤٠ واحد", "احنا ٢٠ فرد", "we'll be about 40"): who the
// goods are for, never a count or a size of them. It returns where the
// saying starts.
func partyBefore(ts []token, i int) (int, bool) {
	k := i - 1
	if k >= 0 && !ts[k].sep && aboutWords[ts[k].lowSurface()] {
		k--
	}
	if k >= 1 && !ts[k].sep && ts[k].lowSurface() == "be" && !ts[k-1].sep && partyVerbs[wordKey(ts[k-1].lowSurface())] {
		return k - 1, true // "we'll be about 40"
	}
	if k >= 0 && !ts[k].sep && partyVerbs[keyAt(ts, k)] {
		return k, true
	}
	return 0, false
}

// partyVerbs say how many people will be there: "هنبقى", "هنكون",
// "عددنا", "المعازيم (حوالي) ٤٠", Franco "hanb2a", English "we'll (be)",
// "we are" (one word each: the figure's word before it is looked up).
var partyVerbs = set("هنبقى", "هنبقي", "حنبقى", "حنبقي", "هنكون", "حنكون", "هنبقا", "عددنا", "عددهم", "المعازيم",
	"hanb2a", "hanba2a", "han2oon", "hankoon", "we'll", "well", "will", "gonna", "we're", "were")

// aboutWords: "حوالي", "تقريبا", "about", "around", "approximately".
var aboutWords = set("حوالي", "حوالى", "تقريبا", "تقريباً", "يجي", "ta2reeban", "7awaly", "hawaly", "about", "around", "approximately")

// partyNouns: the people counted after the figure.
var partyNouns = set("واحد", "فرد", "افراد", "شخص", "اشخاص", "نفر", "ضيف", "people", "persons", "guests", "wa7ed", "fard", "person")

// onePieceSized: a singular piece word after "و" or a separator, right
// before a size ("٣ قطع ٦٠ في ٢٠٠ وقطعة ١٢٠ في ٨٠", "and a piece 120 x
// 80"): one piece of that size, counted as "١ قطعة" is.
func onePieceSized(ts []token, i int) bool {
	if !singlePieces[ts[i].text] && !singlePieces[ts[i].lowSurface()] {
		return false
	}
	after := i > 0 && (ts[i-1].sep || ts[i-1].text == "و" || articles[ts[i-1].lowSurface()] && i > 1 && ts[i-2].lowSurface() == "and")
	if !after && !ts[i].conj {
		return false
	}
	return i+3 < len(ts) && !ts[i+1].sep && isNumber(ts[i+1].text) && !ts[i+2].sep && (dimOps[ts[i+2].text] || ts[i+2].text == "x") && !ts[i+3].sep && isNumber(ts[i+3].text)
}

// singlePieces: a piece said in the singular, one of it.
var singlePieces = set("قطعه", "حته", "piece")

// dozenNamed: the dozen word at i carries the article ("والدستة بكام؟",
// Franco "w el dasta", "and the dozen?"): the goods sold by the dozen
// named, never a count of twelve.
func dozenNamed(ts []token, i int) bool {
	return definite(ts[i].surface) || i > 0 && !ts[i-1].sep && (ts[i-1].text == "ال" || ts[i-1].lowSurface() == "the")
}

// dozenNouns: a Franco or English dozen word said with the article ("w el
// dasta", "and the dozen") is the catalog's own dozen word when its names
// use it ("دستة شراب قطن"), as the Arabic "والدستة" is.
func (r *Rules) dozenNouns(ts []token) {
	const dozen = "دسته"
	if !r.lx.isWord(dozen) {
		return
	}
	for i, t := range ts {
		if !t.sep && !t.lex && t.text != dozen && dozenWords[t.text] == 12 && dozenNamed(ts, i) {
			ts[i].text, ts[i].lex = dozen, true
		}
	}
}
