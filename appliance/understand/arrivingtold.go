package understand

// arrivingWords: coming, coming back, coming down home, arriving — the
// active participle Egyptians tell a relative's arrival with ("اخويا جاي
// من الكويت", "ابني راجع من السفر", "اختي نازلة اجازة", "ماما واصلة
// الخميس"): a story told before the order, its figures (years away, the
// children who come along) counting no goods (lifeTold).
var arrivingWords = set("جاي", "جايه", "جايين", "راجع", "راجعه", "راجعين", "نازل", "نازله", "نازلين", "واصل", "واصله", "واصلين",
	"gay", "gaya", "gayeen", "rage3", "rag3a", "rag3een", "nazel", "nazla", "nazlin", "wasel", "wasla")
