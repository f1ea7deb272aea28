package understand

import "testing"

// TestRules_OneMoreSaidKaman: one piece said with its colour, then
// "وواحدة كمان" (and one more) in another colour, is a second piece in
// that colour, as "وواحدة ازرق" is; "كمان" between them no longer leaves
// the two colours on one line (asked, and one piece invoiced).
func TestRules_OneMoreSaidKaman(t *testing.T) {
	r := rulesFrom(t, h27eBikesCSV, "احمر, حمرا, a7mar => أحمر\nازرق, زرقا, azra2 => أزرق\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز عجلة اطفال 16 احمر وواحدة كمان ازرق", []wantItem{{"BK-KID", 1, "أحمر", nil}, {"BK-KID", 1, "أزرق", nil}}},
		{"3ayez 3agala atfal 16 a7mar w wa7da kaman azra2", []wantItem{{"BK-KID", 1, "أحمر", nil}, {"BK-KID", 1, "أزرق", nil}}},
	})
}
