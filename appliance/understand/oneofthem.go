package understand

// Some of a line counted in one colour, put in another by a word after a
// pause: "٣ كور بيضا.. لا معلش خلي واحدة منهم صفرا" (three white, no —
// make one of them yellow), "٣ تيشيرت ابيض، واحد منهم اسود", Franco
// "3 tshirt abyad.. la ma3lesh khali wa7ed menhom eswed", English "3 white
// t-shirts, sorry, make one of them black". "منهم"/"of them" takes the
// share from the count just said: the line keeps the rest in its colour,
// the share is a line of its own in the new one — as if said "٢ ابيض
// وواحد اسود" the first time. A clause of more than one count or colour,
// or of several goods, leaves "منهم" unsure: nothing is read.

// sharesRecoloured rewrites each such share in place: the line's count
// lowered by the share, the correction's cue and "منهم" set aside, the
// share opening a line of its own.
func sharesRecoloured(ts []token) {
	for m := range ts {
		of, end := ofThemAt(ts, m)
		if end < 0 || end >= len(ts) || ts[end].sep || ts[end].color == "" || end+1 < len(ts) && !ts[end+1].sep {
			continue
		}
		s := m - 1
		if s < 1 || ts[s].sep {
			continue
		}
		k, ok := amountValue(ts[s].text)
		if !ok || k <= 0 {
			continue
		}
		pause := s - 1
		for pause >= 0 && !ts[pause].sep && shareCue(ts[pause]) {
			pause--
		}
		for pause >= 0 && ts[pause].sep && (ts[pause].text == "," || ts[pause].text == "،") && pause > 0 && !ts[pause-1].sep && shareCue(ts[pause-1]) {
			pause -= 2 // "sorry, make one of them": the apology's comma
			for pause >= 0 && !ts[pause].sep && shareCue(ts[pause]) {
				pause--
			}
		}
		if pause < 1 || !ts[pause].sep || ts[pause].text == "?" {
			continue
		}
		for pause > 0 && ts[pause-1].sep && ts[pause-1].text != "?" && ts[pause-1].text != "\n" {
			pause-- // ".." — the pause of several marks
		}
		fig, ok := oneColourCount(ts, pause, ts[end].color)
		if !ok {
			continue
		}
		n, _ := amountValue(ts[fig].text)
		if n <= k {
			continue
		}
		ts[fig].text = numString(n - k)
		setAside(ts, pause, s)
		setAside(ts, m, of)
		share := ts[s]
		share.conj = true // "وواحدة صفرا": the share opens its own line
		copy(ts[s:of-1], ts[m:of])
		ts[of-1] = share // "منهم" before the share, set aside: the share right before its colour
	}
}

// ofThemAt: "منهم"/"منها"/Franco "menhom"/English "of them" starts at m;
// the index after it, and -1 when none.
func ofThemAt(ts []token, m int) (int, int) {
	if ts[m].sep {
		return m, -1
	}
	w := ts[m].lowSurface()
	if ofThemWords[w] || ofThemWords[ts[m].text] {
		return m + 1, m + 1
	}
	if w == "of" && m+1 < len(ts) && !ts[m+1].sep && ts[m+1].lowSurface() == "them" {
		return m + 2, m + 2
	}
	return m, -1
}

var ofThemWords = set("منهم", "منها", "menhom", "menha", "minhom", "minha")

// shareCue: a word that may stand between the pause and the share — a
// wait word, an apology, the cue "خلي"/"khali"/"make".
func shareCue(t token) bool {
	w := t.lowSurface()
	return holdsCorrection(t) || w == "خلي" || w == "make" || keepWords[w] || correctWords[w] || correctWords[t.text]
}

// oneColourCount: the clause ending before the pause says one figure, one
// colour other than col, and no goods joined by "و": the figure's index.
func oneColourCount(ts []token, pause int, col string) (int, bool) {
	fig, colours := -1, 0
	for k := pause - 1; k >= 0 && !ts[k].sep; k-- {
		t := ts[k]
		switch {
		case t.conj || t.text == "و":
			return -1, false
		case t.color != "":
			if t.color == col {
				return -1, false
			}
			colours++
		case isNumber(t.text) && k > 0 && !ts[k-1].sep && (sizeSaid[ts[k-1].lowSurface()] || sizeSaid[ts[k-1].text]):
			// "٣ كور مقاس ٥": the size, no count
		case isNumber(t.text):
			if fig >= 0 {
				return -1, false // two counts: which one, a person reads
			}
			fig = k
		}
	}
	return fig, fig >= 0 && colours == 1
}
