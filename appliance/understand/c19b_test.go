package understand

import (
	"testing"

	"fatoora/catalog"
)

// A stationery shop: pens and folders in a few colours, and a whiteboard
// its vocabulary also calls "وايت بورد", a name that opens with a word the
// vocabulary folds into the colour أبيض.
const c19bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ST-BG,شنطة مدرسة,School bag,,شنط,piece,350,40,قماش,أبيض|أزرق|أحمر
ST-PN,قلم جاف,Ballpoint pen,,أقلام,piece,5,500,بلاستيك,أزرق|أسود|أحمر
ST-MK,قلم ماركر,Marker pen,,أقلام,piece,15,200,بلاستيك,أسود|أخضر
ST-WB,سبورة 60×90,Whiteboard 60x90,وايت بورد,سبورات,piece,450,10,ألومنيوم,أبيض
`

const c19bVocab = `أبيض, ابيض, وايت, white, بيضا => أبيض
أسود, اسود, بلاك, black, سودا => أسود
أخضر, اخضر, green => أخضر
أزرق, ازرق, blue => أزرق
شنطة, شنط, شنطه, shanta, shant, bag
`

// oneMoreLines: the lines of the message, each its SKU, count and colour.
type oneMoreLine struct {
	sku   string
	n     float64
	color string
}

func oneMoreLines(res Result) []oneMoreLine {
	var got []oneMoreLine
	for _, it := range res.Items {
		got = append(got, oneMoreLine{it.SKU, float64(it.Quantity) / float64(catalog.Milli(1000)), it.Color})
	}
	return got
}

// TestRules_OneMoreInAColourNamingAProduct: "وواحدة كمان ابيض" after a
// line of goods is one more piece of those goods in that colour, though the
// colour word opens another product's name (the vocabulary's "وايت بورد"):
// never that product, never the colour taken for the first line's count.
func TestRules_OneMoreInAColourNamingAProduct(t *testing.T) {
	r := rulesFrom(t, c19bCSV, c19bVocab)
	for _, text := range []string{
		"عايز 10 شنط مدرسة اخضر وواحدة كمان ابيض",
		"عايز 10 شنط مدرسة اخضر وواحد كمان ابيض",
		"عايز 10 شنط اخضر وكمان واحدة ابيض",
		"عايز 10 شنط مدرسة اخضر و٢ كمان ابيض",
		"عايز 10 شنط اخضر وواحدة كمان وايت",
		"3ayez 10 shanta akhdar w wa7da kaman abyad",
		"3ayez 10 shonat madrasa khadra w wa7da kaman beida",
		"I want 10 school bags in green and another one in white",
		"I want 10 green bags and another in white",
	} {
		got := oneMoreLines(understandText(t, r, text))
		if len(got) != 2 {
			t.Errorf("%s: %+v, want two lines of the bag", text, got)
			continue
		}
		if got[0].sku != "ST-BG" || got[0].n != 10 || got[0].color == "أبيض" {
			t.Errorf("%s: first line %+v, want 10 bags, not white", text, got[0])
		}
		if got[1].sku != "ST-BG" || got[1].n < 1 || got[1].n > 2 || got[1].color != "أبيض" {
			t.Errorf("%s: second line %+v, want one more bag (or two) in white", text, got[1])
		}
	}
	// the name said whole is still the whiteboard
	if got := oneMoreLines(understandText(t, r, "عايز وايت بورد")); len(got) != 1 || got[0].sku != "ST-WB" {
		t.Errorf("وايت بورد: %+v, want the whiteboard", got)
	}
}

// TestRules_OneMoreOfTheGoodsJustNamed: "another one", "one more",
// "another" (and "وواحدة كمان", "وكمان واحدة", "w wa7da kaman") after a
// line of goods whose colour was said in none the catalog reads, or not at
// all, is one more piece of those goods in the colour said after it: a line
// of its own, never a size of the first (a bare "one" read as a metre) nor
// its colour.
func TestRules_OneMoreOfTheGoodsJustNamed(t *testing.T) {
	r := rulesFrom(t, c19bCSV, c19bVocab)
	for _, text := range []string{
		"I want 10 school bags in pink and another one in blue",
		"I want 10 school bags in pink and another in blue",
		"I want 10 school bags in pink and one more in blue",
		"10 school bags and another one in blue",
		"3ayez 10 shanta madrasa w wa7da kaman azra2",
		"عايز 10 شنط مدرسة وواحدة كمان ازرق",
		"عايز 10 شنط مدرسة وكمان واحدة زرقا",
	} {
		res := understandText(t, r, text)
		got := oneMoreLines(res)
		if len(got) != 2 || len(res.Items[0].DimsCM) > 0 {
			t.Errorf("%s: %+v %v, want two lines of the bag, no size", text, got, res.Items[0].DimsCM)
			continue
		}
		if got[0].sku != "ST-BG" || got[0].n != 10 || got[0].color == "أزرق" {
			t.Errorf("%s: first line %+v, want 10 bags, not blue", text, got[0])
		}
		if got[1].sku != "ST-BG" || got[1].n != 1 || got[1].color != "أزرق" {
			t.Errorf("%s: second line %+v, want one more bag in blue", text, got[1])
		}
	}
}
