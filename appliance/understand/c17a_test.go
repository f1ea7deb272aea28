package understand

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestShopAsked_C17a_TellMe: the shop's hours or place asked with a verb
// of knowing or telling ("ممكن اعرف …", "قولي …", "عرفني …", Franco
// "momken a3raf …") or with "or not" after it is still that question
// alone: the box answers it from its settings (it went to staff,
// "ممكن اعرف مواعيدكم؟" with the verb unplaced). The times of another
// thing asked the same way keep their path.
func TestShopAsked_C17a_TellMe(t *testing.T) {
	r := demoShopRules(t)
	for _, c := range []struct {
		text string
		want ShopTopic
	}{
		{"ممكن اعرف مواعيدكم؟", ShopHours},
		{"ممكن اعرف العنوان؟", ShopWhere},
		{"عايز اعرف انتو فاتحين النهارده ولا لا", ShopHours},
		{"قولي مواعيد المعرض لو سمحت", ShopHours},
		{"ممكن تقولولي انتو فين؟", ShopWhere},
		{"عرفني العنوان بالظبط", ShopWhere},
		{"محتاج اعرف بتقفلوا الساعة كام", ShopHours},
		{"momken a3raf mawa3edko?", ShopHours},
		{"are you open today or not?", ShopHours},
		{"قولي مواعيد التوصيل", 0},
		{"عرفني عنوان المصنع اللي بيعمل الخشب", 0},
	} {
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want {
			t.Errorf("%q: shop asked %q, unexplained %q, service %q; want %q", c.text, res.ShopAsked, res.Unexplained, res.Service, c.want)
		}
		if c.want != 0 && (res.Intent != Other || len(res.Items) != 0 || len(res.Unexplained) != 0) {
			t.Errorf("%q: intent %s, items %d, unexplained %q; want other, none, none", c.text, res.Intent, len(res.Items), res.Unexplained)
		}
	}
}

// An office furniture shop: a meeting table named for its chairs beside
// the chairs themselves.
const c17aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MT-10,ترابيزة اجتماعات 10 كراسي,Meeting table for 10,,مكاتب,piece,18500,3,خشب,بني|أسود
CH-LT,كرسي مدير جلد طبيعي,Leather manager chair,,كراسي,piece,5200,40,جلد,أسود
CH-MS,كرسي انتظار شبك,Mesh waiting chair,,كراسي,piece,1400,60,شبك,أسود
`

const c17aVocab = `ترابيزة, ترابيزه, tarabeeza, tarabeezet, table
كرسي, كراسي, karasy, korsy, chair, chairs
اجتماعات, egtema3at, meeting
مدير, modeer, manager
`

// TestRules_WithOtherGoods: after "مع" / "ma3" / "with", another head
// noun than the line's is other goods that come with it — a count before
// it is theirs — though the line's product's name holds the figure and the
// noun ("ترابيزة اجتماعات 10 كراسي"): the chairs were lost in the table's
// line. When the name says just what follows ("مع 10 كراسي", the table
// for ten), it stays the one product.
func TestRules_WithOtherGoods(t *testing.T) {
	r := rulesFrom(t, c17aCSV, c17aVocab)
	for _, c := range []struct {
		text string
		want []string // SKU×quantity
	}{
		{"عايز ترابيزة الاجتماعات مع 10 كراسي مدير جلد", []string{"MT-10×1", "CH-LT×10"}},
		{"عايز 10 كراسي مدير جلد مع ترابيزة الاجتماعات", []string{"CH-LT×10", "MT-10×1"}},
		{"3ayez tarabeezet egtema3at ma3 10 karasy modeer", []string{"MT-10×1", "CH-LT×10"}},
		{"I need the meeting table with 10 leather manager chairs", []string{"MT-10×1", "CH-LT×10"}},
		{"عايز ترابيزة اجتماعات مع 10 كراسي", []string{"MT-10×1"}},
		{"عايز ترابيزة اجتماعات 10 كراسي", []string{"MT-10×1"}},
	} {
		if got := linesCounted(understandText(t, r, c.text)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// A frames shop: "صور" is a word of its names.
const c17aFramesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FR-30,برواز صور 30×40,Photo frame 30x40,,براويز,piece,150,50,خشب,أسود|ذهبي
AL-1,ألبوم صور جلد,Leather photo album,,ألبومات,piece,400,20,جلد,بني
`

// TestRules_PhotosAsked: photos or a video of the goods asked ("عايز
// اشوف صور …", "ابعتلي صور", "send me pictures", Franco "sowar") is a
// question a person answers (Result.Service): the box sent a price quote
// and the request went unseen. In a shop whose names hold the word (a
// photo frame) it is the goods. Buying said after a want ("عايز اشتري …")
// is no unexplained word.
func TestRules_PhotosAsked(t *testing.T) {
	r := demoShopRules(t)
	for _, text := range []string{"عايز اشوف صور المطبخ الجوز الكلاسيك", "ابعتلي صور الانتريه المودرن لو سمحت", "momken sowar el sofa bed?",
		"send me pictures of the sofa bed", "عايز مطبخ جوز كلاسيك بني غامق 3 متر وابعتلي صوره"} {
		res := understandText(t, r, text)
		if len(res.Service) == 0 {
			t.Errorf("%s: service %q, want the photos asked", text, res.Service)
		}
	}
	res := understandText(t, r, "عايز اشتري تسريحة بمراية لون ابيض وكمان كومودينو ابيض")
	if len(res.Unexplained) != 0 || len(res.Items) != 2 {
		t.Errorf("عايز اشتري: unexplained %q, %d items; want none, 2", res.Unexplained, len(res.Items))
	}
	frames := rulesFrom(t, c17aFramesCSV, "")
	res = understandText(t, frames, "عايز 3 برواز صور 30×40 اسود")
	if len(res.Service) != 0 || len(res.Items) != 1 || res.Items[0].SKU != "FR-30" {
		t.Errorf("frames: service %q, items %+v; want the frame, no question", res.Service, res.Items)
	}
}

// linesCounted is res's lines as "SKU×quantity", in order.
func linesCounted(res Result) []string {
	var out []string
	for _, it := range res.Items {
		out = append(out, fmt.Sprintf("%s×%s", it.SKU, it.Quantity))
	}
	return out
}
