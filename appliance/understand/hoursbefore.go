package understand

// hoursBeforeHourly (h40f): the hours said before the words of a service
// priced by the hour, in words with no figure ("ساعتين بروفة", "ساعة
// ونص قاعة تدريب", Franco "sa3teen brova") are its count, as when said after them ("بروفة
// ساعتين", hoursOfLine reads them there): the words are put after the
// service's, so the line reads them as its hours. Only where every word
// of the run after the hours is a catalog word and every product they
// all name is priced by the hour, and nothing of a line stands right before
// the hours (a catalog word or a figure there may own them: "حصة جيتار
// ساعتين"); hours joined by و, a range of clock times and a figure with
// its period ("٢ ساعة برايفت", read by periodFirst) stay as said.
func (r *Rules) hoursBeforeHourly(ts []token) []token {
	if !r.sellsHours {
		return ts
	}
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].conj || i > 0 && !ts[i-1].sep && (ts[i-1].lex || isNumber(ts[i-1].text)) {
			continue
		}
		if per, _ := periodWord(wordKey(ts[i].lowSurface())); per != "hour" {
			continue // a figure before the hours is read by periodFirst ("٢ ساعة برايفت")
		}
		_, end, ok := hoursAt(ts, i)
		if !ok || end >= len(ts) {
			continue
		}
		run := r.hourlyRun(ts, end)
		if run == end {
			continue
		}
		moved := append(append([]token{}, ts[end:run]...), ts[i:end]...)
		copy(ts[i:run], moved)
		i = run - 1
	}
	return ts
}

// hourlyRun: the end of the run of catalog words from j on, when the
// products named by all of its words are all priced by the hour ("بروفة",
// "قاعة تدريب"); j when there is none or the words may name a product
// priced otherwise ("مكتب مشترك" of a monthly "اشتراك شهر مكتب مشترك" as
// well): the hours before may then be no count of it.
func (r *Rules) hourlyRun(ts []token, j int) int {
	e := j
	for e < len(ts) && !ts[e].sep && !(ts[e].conj && e > j) && ts[e].lex && ts[e].color == "" && !isNumber(ts[e].text) {
		e++
	}
	if e == j || ts[j].conj {
		return j
	}
	named := map[int32]int{}
	for k := j; k < e; k++ {
		w := ts[k].text
		if u, ok := r.lx.rewrite[w]; ok {
			w = u
		}
		seen := map[int32]bool{}
		for _, p := range r.lx.postings[w] {
			if !seen[p] {
				seen[p] = true
				named[p]++
			}
		}
	}
	all := 0
	for p, n := range named {
		if n < e-j {
			continue
		}
		if r.lx.facts(int(p)).period != "hour" {
			return j
		}
		all++
	}
	if all == 0 {
		return j
	}
	return e
}
