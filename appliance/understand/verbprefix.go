package understand

import "strings"

// francoImperfect: a Franco word opening on the y of an imperfect verb's
// subject ("ygely": ييجيلي, comes to me; "yeshel", "y3mel") read as a
// catalog word whose Arabic does not open on that ي ("ygely" spelling جل,
// gel, once its y, a vowel to the skeleton, is dropped). The ي is the
// verb's person, so the word is the verb, never the product. A word the
// catalog writes with its ي ("yemeen" يمين) keeps it.
func francoImperfect(spelt, arabic string) bool {
	if len(spelt) < 3 || spelt[0] != 'y' || strings.HasPrefix(arabic, "ي") || !isArabicWord(arabic) {
		return false
	}
	rest := spelt[1:]
	if rest[0] == 'e' || rest[0] == 'i' {
		rest = rest[1:] // "yegely", "yishel": the prefix's short vowel
	}
	return rest != "" && !strings.ContainsRune("aeiouy", rune(rest[0]))
}

// englishVerbBeforeObject: an English verb a customer asks the shop to
// supply or reserve by ("book", "reserve", "send") said right before its
// object's article, possessive or count ("book the training hall", "send
// 2 …") is that English verb, never a Franco word its consonants spell
// ("book" spelling بوكيه, a bouquet).
func englishVerbBeforeObject(raw []token, i int, w string) bool {
	if !englishSupply[w] && !englishBooking[w] || i+1 >= len(raw) || raw[i+1].sep {
		return false
	}
	n := lower(raw[i+1].text)
	return englishObjectStart[n] || bookingObjects[n] || n == "it" || isNumber(raw[i+1].text)
}

// productWord: w is a word of the catalog's names, as written or through
// the vocabulary's rewrite (جيل → gel), not a talk word the rules know
// (اعرف of "ye3raf").
func (r *Rules) productWord(w string) bool {
	return r.lx.isWord(w) || r.lx.rewrite[w] != "" && r.lx.isWord(r.lx.rewrite[w])
}

// bookingCues: booking asked as we or as a future ("عايزين نحجز القاعة",
// "هنحجز", Franco "ne7gez"), the order cues احجز and احجزلي are: the
// goods after them are what is wanted, no unread product.
var bookingCues = []string{"نحجز", "هنحجز", "حنحجز", "هحجز", "نحجزلكم", "ne7gez", "hne7gez", "han7gez", "ha7gez", "a7gez"}

func init() {
	for _, w := range bookingCues {
		orderCues[w] = true
	}
}
