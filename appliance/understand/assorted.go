package understand

// assortedWords: "assorted, a mix of", the adjective of food and goods
// ("سندوتشات مشكلة", "طبق مشكل", "حلويات مشكلة", Franco "meshakela"),
// spelt as "a problem" (مشكلة) is.
var assortedWords = set("مشكله", "مشكل", "متشكله", "متشكل", "مشكلين", "meshakela", "meshakla", "mshakla", "mshakela", "meshakel", "mshakel")

// assortedOfGoods: token i of out is "مشكلة" right after a catalog noun
// (no figure) and agreeing with it in definiteness ("سندوتشات مشكلة",
// "البيتزا المشكلة"): the goods' adjective, a mix of their kinds, never
// "a problem" — no complaint cue, a word of the goods the rules do not
// read (which of them is the clerk's to ask). "السندوتشات مشكلة" (the
// sandwiches are a problem) is a sentence and keeps its cue.
func assortedOfGoods(out []token, i int) bool {
	t := out[i]
	if i == 0 || t.sep || out[i-1].sep || !out[i-1].lex || isNumber(out[i-1].text) {
		return false
	}
	if !assortedWords[t.text] && !assortedWords[t.lowSurface()] && !assortedWords[wordKey(t.surface)] {
		return false
	}
	return saidDefinite(out, i-1) == saidDefinite(out, i)
}
