package understand

import "strings"

// A reply to a quote the shop sent: "بخصوص عرض السعر اللي بعتوه امبارح:
// موافقين على …، بس شيلوا الصنفرة", "بالإشارة لعرض السعر رقم ١١٤، نعتمد …
// ويُلغى بند …", "Regarding your quote: we approve …, drop the …". The
// reference to the quote (to the first separator) is placed and tells of
// no earlier purchase; approving is ordering (orderCues); what is removed
// from it is not ordered (negationCues).

// quoteRef sets aside a reference to the shop's quote that opens the
// message, up to the first separator, and returns where the request after
// it starts (0 when there is none).
func quoteRef(ts []token) int {
	first := 0
	for first < len(ts) && ts[first].sep {
		first++
	}
	if first+1 >= len(ts) || !refCues[ts[first].text] && !refCues[strings.ToLower(ts[first].surface)] {
		return 0
	}
	end := first + 1
	for end < len(ts) && !ts[end].sep {
		end++
	}
	quote := false
	for k := first + 1; k < end && k <= first+3; k++ {
		w := strings.ToLower(ts[k].surface)
		quote = quote || quoteWords[ts[k].text] || quoteWords[w] || quoteWords[strings.TrimPrefix(ts[k].text, "ل")]
	}
	if !quote || end >= len(ts) {
		return 0
	}
	for k := first; k < end; k++ {
		ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
	}
	return end
}

// refCues refer to something sent before: "بخصوص", "بالإشارة", "regarding".
var refCues = set("بخصوص", "بالاشاره", "بالنسبه", "بالنسبة", "اشاره", "regarding", "re", "ref", "reference", "further", "following", "as")

// quoteWords name the shop's quote: "عرض السعر", "العرض", "quote".
var quoteWords = set("عرض", "العرض", "لعرض", "عرضكم", "quote", "quotation", "offer", "proforma")

// approveCues accept a quote: an order (orderCues holds them).
var approveCues = []string{"موافقين", "موافق", "موافقه", "نوافق", "اوافق", "اعتمدنا", "اعتمدت", "نعتمد", "معتمد", "approve", "approved", "accept", "accepted", "confirm"}

// removeCues take a line off a quote: not ordered (negationCues holds
// them): "شيلوا الصنفرة", "والغوا الشراع", "ويُلغى بند …", "drop the …".
var removeCues = []string{"شيلوا", "شيلو", "شيل", "شيلي", "الغوا", "الغو", "الغي", "يلغي", "نلغي", "هنلغي", "تلغي", "remove", "drop", "cancel", "delete"}

func init() {
	for _, w := range approveCues {
		orderCues[w] = true
	}
	for _, w := range removeCues {
		negationCues[w] = true
	}
}
