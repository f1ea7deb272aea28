package understand

// A supposition of the shop's work said with a verb of repair, the
// service of a repair shop or a workshop: "ولو بتصلحوا شنط سفر …", Franco
// "w law betsala7o …", English "and if you repair / fix X …". It reads as
// "ولو بتعملوا X" (ifSold): X the shop's work is a line like any other,
// X holding a word no product has is work the shop may not do, left for
// a person.

// repairedCues: after "لو", the shop repairing, mending or servicing.
var repairedCues = set("بتصلحوا", "بتصلحو", "بتصلح", "بيصلحوا", "بتصلّحوا", "بتظبطوا", "بتظبطو", "بتركبوا", "بتركبو", "بتغيروا", "بتغيرو",
	"btsala7o", "betsala7o", "bitsala7o", "bt9la7o", "btsl7o", "betsla7o", "btzabato", "betzabato", "btghayaro", "betghayaro")

// englishRepairVerbs: "if you repair / fix / mend / service X".
var englishRepairVerbs = set("repair", "fix", "mend", "service")
