package understand

// dimensionWord: w names a dimension ("ارتفاع", "طول", "عرض", "عمق",
// "high", "height", "wide"). In goods' names it says how a size is
// measured ("حرف أكريليك 20 سم ارتفاع": 20 cm high); in a service's it
// says where or how the work is done ("تركيب يافطة على ارتفاع بونش": high
// up, with a crane). Neither is goods a service is done to, so the word
// never ties a service to the goods said beside it: a bare "تركيب" /
// "installation" after letters 20 cm high is the plain installation, never
// the specialised one.
func dimensionWord(w string) bool {
	return nameDimWords[w] || riseWords[w] || widthWords[w]
}

// widthWords: the English adjectives of the other dimensions.
var widthWords = set("wide", "long", "thick")
