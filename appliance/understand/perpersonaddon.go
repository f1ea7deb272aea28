package understand

import "slices"

// perPerson: the nouns a work is priced per name a person — a child, a
// person, a player, a guest, a patient ("باص الحضانة (للطفل في الشهر)",
// "(per player)"). Several lines priced per that person, said with no
// count of their own, are for the same people ("عايزة اسجلها يوم كامل مع
// الباص": one child registered, her month and her bus): a work added to
// them is done for as many people as the line that counts most, never
// the lines' counts added up (unitsBefore).
func perPerson(ns []string) bool {
	return slices.ContainsFunc(ns, func(n string) bool { return personCounted[n] || personUnits[n] })
}

// personUnits: people a price is per, beyond the counted persons
// (personCounted): a player, a pupil, a patient, in English too.
var personUnits = set("لاعب", "طالب", "تلميذ", "مريض", "child", "person", "player", "guest", "student", "pupil", "patient", "kid", "head")
