package understand

import (
	"context"
	"slices"
	"testing"
)

// TestShopAsked_PlaceOrSeasonNamed: the shop's hours or place asked of a
// place named — a city, an area, a mall, a branch there ("انتو فين في
// المهندسين؟", "فرعكم اللي في سموحة", "is your branch inside City
// Stars?") — or of a season ("مواعيدكم ايه في رمضان؟") is still a
// question the shop's settings answer (ShopAsked), with what it was asked
// of kept (ShopBeyond) for a person to confirm; the greetings and forms of
// address around it ("صباح الفل", "هاي", "يا جماعة") are placed. It was
// handed to staff unanswered. On a catalog of another trade (a bicycle
// shop), in Arabic, Franco and English.
func TestShopAsked_PlaceOrSeasonNamed(t *testing.T) {
	r := rulesFrom(t, h27eBikesCSV, "احمر, a7mar => أحمر\n")
	for _, c := range []struct {
		text   string
		want   ShopTopic
		beyond []string
	}{
		{"انتو فين في المهندسين؟", ShopWhere, []string{"المهندسين"}},
		{"مساء الخير، المحل في بنها فين بالظبط؟ وبتقفلوا الساعة كام؟", ShopHours | ShopWhere, []string{"بنها"}},
		{"صباح الفل، فرعكم اللي في سموحة فاتح الساعة كام؟", ShopHours, []string{"سموحة"}},
		{"هو الفرع بتاع مدينة نصر فين؟", ShopWhere, []string{"مدينة", "نصر"}},
		{"انتو في العطارين ولا المنشية؟ وبتفتحوا السبت؟", ShopHours | ShopWhere, []string{"العطارين", "المنشية"}},
		{"مساء الخير يا جماعة، مواعيدكم ايه في رمضان؟", ShopHours, []string{"رمضان"}},
		{"صباح الفل 🌸 مواعيد المعرض ايه يوم الجمعة؟", ShopHours, nil},
		{"هاي، انتو بتفتحوا الساعة كام؟", ShopHours, nil},
		{"ahlan, el ma7al fein bezabt fel Mohandeseen?", ShopWhere, []string{"Mohandeseen"}},
		{"hi, what time do you open on Friday? and where is your branch in City Stars?", ShopHours | ShopWhere, []string{"City", "Stars"}},
		{"هو المحل بتاعكم فين في اسكندرية بالظبط؟ عند محطة الرمل؟", ShopWhere, []string{"اسكندرية", "محطة", "الرمل"}},
		{"where is your showroom in Alexandria?", ShopWhere, []string{"Alexandria"}},
		// whether there is a branch at a place (h31d): the shop's address
		// answers, the place kept for a person to confirm
		{"هو انتو عندكم فرع في مدينة نصر؟", ShopWhere, []string{"مدينة", "نصر"}},
	} {
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want || !slices.Equal(res.ShopBeyond, c.beyond) || len(res.Items) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: shop asked %q of %q, items %d, unexplained %q; want %q of %q, nothing unexplained",
				c.text, res.ShopAsked, res.ShopBeyond, len(res.Items), res.Unexplained, c.want, c.beyond)
		}
	}
	// another question beside the place, or goods: not the shop's settings'
	for _, text := range []string{
		"عندكم فرع في اسكندرية ولا شحن بس؟",  // shipping asked too
		"بتوصلوا المعادي؟ والمواعيد لحد كام", // delivery
		"عندكم فروع فين؟",                    // the branches
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != 0 {
			t.Errorf("%q: shop asked %q of %q, want none", text, res.ShopAsked, res.ShopBeyond)
		}
	}
}
