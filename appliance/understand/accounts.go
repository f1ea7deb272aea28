package understand

// A business, a school or a charity speaking of itself and its account:
// "احنا شركة …", "انا مسؤولة في جمعية …", "We're a school …" — the prices
// of a body ("بسعر جمعيات", "بخصم شركات", "corporate rate") and paying
// in instalments told by such a body ("والدفع على ٤ دفعات") are the terms
// of its account (accountTerms): with whom to talk asked, the goods and
// volumes named are what the account is for, never lines.

// orgSpeaking: the customer speaks as an organisation — "we" and a body
// ("احنا شركة", "احنا مدرسة", Franco "e7na sherka", English "we're a
// school", "we are an international school"), or "I" in charge at one
// ("انا مسؤول في جمعية", "انا مسؤولة في شركة", "I'm in charge at a
// hospital"): a body, within three words after "we are", or after "in
// charge" and "في" / "at".
func orgSpeaking(ts []token) bool {
	for i := range ts {
		if ts[i].sep {
			continue
		}
		w := keyAt(ts, i)
		switch {
		case weAre[w] || w == "we" && (keyAt(ts, i+1) == "are" || keyAt(ts, i+1) == "re"):
		case w == "انا" || w == "ana" || w == "i" || w == "i'm" || w == "im":
			if !inCharge[keyAt(ts, i+1)] && !inCharge[keyAt(ts, i+2)] && !inChargeF[keyAt(ts, i+1)] {
				continue
			}
		default:
			continue
		}
		for k := i + 1; k <= i+4 && k < len(ts) && !ts[k].sep; k++ {
			if bodies[keyAt(ts, k)] {
				return true
			}
		}
	}
	return false
}

// instalmentsTold: paying in a count of instalments — "على ٤ دفعات",
// "على ٣ اقساط", "in 3 instalments": a term of an organisation's account
// (a person's answer to one customer's instalments is serviceTopics').
func instalmentsTold(ts []token) bool {
	for i := range ts {
		if ts[i].sep || !isNumber(ts[i].text) || i+1 >= len(ts) || ts[i+1].sep {
			continue
		}
		if instalmentNouns[keyAt(ts, i+1)] && i > 0 && !ts[i-1].sep && instalmentOn[keyAt(ts, i-1)] {
			return true
		}
	}
	return false
}

var (
	// weAre: "we (are)" in Arabic and Franco.
	weAre = set("احنا", "إحنا", "نحن", "e7na", "ehna", "we're", "were")
	// inChargeF: in charge, said by a woman ("مسؤولة", as normalised).
	inChargeF = set("مسووله", "مسيوله", "مسوله", "مسؤوله", "مسئوله")
	// bodies: an organisation that keeps an account.
	bodies = set("شركه", "جمعيه", "مدرسه", "مستشفي", "مستشفى", "مصنع", "فندق", "نادي", "مؤسسه", "موسسه", "جامعه", "حضانه",
		"sherka", "shereka", "gam3eya", "madrasa", "company", "school", "hospital", "charity", "ngo", "hotel", "factory", "club",
		"university", "nursery", "firm", "organisation", "organization", "agency")
	// bodyPrices: the price of a body ("بسعر جمعيات", "خصم شركات",
	// "corporate rate").
	bodyPrices = set("جمعيات", "شركات", "للشركات", "للجمعيات", "مدارس", "للمدارس", "corporate", "sherkat")
	// instalmentNouns, onWords: "على N دفعات".
	instalmentNouns = set("دفعات", "دفعه", "اقساط", "قسط", "instalments", "installments", "payments")
	instalmentOn    = set("علي", "على", "في", "in", "over", "3ala")
)
