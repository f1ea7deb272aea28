package understand

// englishSaid: the customer's word t is the English name's word u as
// written ("installation and format"), not another word the vocabulary
// groups with it: "tarkeeb w windows", "وتركيب وويندوز" read "تركيب" as
// the group's term that the English name's "installation" (of Windows)
// is rewritten to, yet the Arabic name ("تسطيب ويندوز وفورمات") holds no
// fitting: two works asked, never one service whose name joins both
// (andInName). The Arabic name, the one Arabic and Franco are read
// against, still joins its own pair ("غسيل وكي قميص").
func englishSaid(t token, u string) bool {
	return wordKey(t.lowSurface()) == u || t.lowSurface() == u
}
