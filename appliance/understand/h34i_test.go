package understand

import (
	"slices"
	"testing"
)

// A photo studio that prints and frames: prints by size, frames, albums,
// a photo session. The trade's own place is often called "المطبعة" (the
// print shop), a word typo tolerance reads as the catalog's "طباعة".
const h34iStudioCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PRINT-10,طباعة صورة ١٠×١٥,Photo print 10x15,طباعة صور|صورة مطبوعة,طباعة,piece,5,,,
PRINT-20,طباعة صورة ٢٠×٣٠,Photo print 20x30,,طباعة,piece,25,,,
FRAME-30,برواز خشب ٣٠×٤٠,Wooden frame 30x40,برواز|اطار,براويز,piece,180,30,خشب,بني|أسود|أبيض
ALBUM,ألبوم صور ١٠٠ صورة,Photo album 100,ألبوم|البوم,ألبومات,piece,250,20,,
SESSION,جلسة تصوير في الاستوديو,Studio photo session,جلسة تصوير|سيشن,خدمات,piece,600,,,
`

const h34iStudioVocab = `برواز, براويز, frame, berwaz
بني, brown => بني
اسود, سودا, black => أسود
ابيض, بيضا, white => أبيض
`

// TestShopAsked_BranchAndDayOff: questions about the shop's own hours or
// branches that were handed to staff are the shop's settings' to answer —
// a day asked with "ولا اجازة" (or a day off) after it ("بتفتحوا السبت
// ولا اجازة؟"), whether a shop at a landmark is the shop's own or another
// branch ("والمحل اللي جنب المترو ده بتاعكم ولا فرع تاني؟"), whether its
// branch at a place still works ("والفرع اللي في المعادي لسه شغال؟"),
// and the shop named by its trade where typo tolerance reads the word as
// a catalog word ("المطبعة فين بالظبط في مدينة نصر؟"). The place is kept
// for a person to confirm. An order beside, or the customer's own goods
// "still working", stay what they were. On a photo studio's catalog.
func TestShopAsked_BranchAndDayOff(t *testing.T) {
	r := rulesFrom(t, h34iStudioCSV, h34iStudioVocab)
	for _, c := range []struct {
		text   string
		want   ShopTopic
		beyond []string
	}{
		{"بتفتحوا السبت ولا اجازه؟", ShopHours, nil},
		{"مساء الخير، انتو فاتحين الجمعة ولا اجازة؟", ShopHours, nil},
		{"fat7in el gom3a walla agaza?", ShopHours, nil},
		{"السلام عليكم، المطبعة فين بالظبط في مدينة نصر؟ وبتفتحوا السبت ولا اجازه؟", ShopHours | ShopWhere, []string{"مدينة", "نصر"}},
		{"انتو فاتحين لحد الساعه كام بالليل؟ والمحل اللي جنب المترو ده بتاعكم ولا فرع تاني؟", ShopHours | ShopWhere, []string{"المترو"}},
		{"صباح الخير، انتو بتفتحوا من بدري؟ والفرع اللي في المعادي لسه شغال؟", ShopHours | ShopWhere, []string{"المعادي"}},
		{"والفرع اللي في المعادي لسه موجود ولا لا؟", ShopWhere, []string{"المعادي"}},
		// an order beside: a person answers
		{"والفرع اللي في المعادي لسه شغال؟ عايز برواز خشب ٣٠×٤٠", 0, nil},
		// the customer's own goods, no branch
		{"البرواز اللي في الصالة لسه موجود؟", 0, nil},
	} {
		res := understandText(t, r, c.text)
		if res.ShopAsked != c.want {
			t.Errorf("%q: shop asked %q, unexplained %q, service %q; want %q", c.text, res.ShopAsked, res.Unexplained, res.Service, c.want)
			continue
		}
		if c.want != 0 && c.beyond != nil && !slices.Equal(res.ShopBeyond, c.beyond) {
			t.Errorf("%q: beyond %q, want %q", c.text, res.ShopBeyond, c.beyond)
		}
	}
}
