package understand

// redoSaid places "اعيد" (I redo: "عايز اعيد تنجيد 6 خداديات") said right
// before a work's verbal noun: Egyptian says the work done again with the
// verb أعاد (اعيد، نعيد، هنعيد، تعيدولي, Franco "a3eed") where a catalog
// writes its verbal noun ("إعادة تنجيد") or only the work ("تنجيد"). The
// work is the line; the verb is how it is asked, no word the rules leave
// unread. Before anything else ("عايز اعيد الطلب") it stays as it was.
func (r *Rules) redoSaid(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || !redoVerbs[wordKey(lower(ts[i].surface))] {
			continue
		}
		if r.lx.verbalNoun(ts[i+1].text) {
			ts[i].used, ts[i].aside = true, true
		}
	}
}

// redoVerbs: أعاد (do again) in the present, of I, we and you (plural),
// with "لي" on it, and as Franco writes it.
var redoVerbs = set("اعيد", "نعيد", "هعيد", "هنعيد", "تعيد", "تعيدوا", "تعيدو", "تعيدلي", "تعيدولي", "تعيدولنا", "يعيد",
	"a3eed", "a3ed", "ne3eed", "ne3ed", "n3eed", "ha3eed", "hane3eed")
