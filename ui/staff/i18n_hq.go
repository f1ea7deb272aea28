package staff

// hqMessages are the strings of head office's refusals (hq.go), merged
// into messages at start-up.
var hqMessages = map[string]msg{
	"hq.title":           {"اللي الإدارة رفضته", "Refused by head office"},
	"hq.lead":            {"مستندات المركز الرئيسي رفضها نهائيًا ومش هتتبعت تاني لوحدها («متعارض»: الإدارة عندها نفس الرقم بمحتوى تاني). صلّح السبب عند الإدارة وابعتها تاني، أو شيلها لو الإدارة مش محتاجاها.", "Documents head office refused for good; they are not sent again on their own (\u201cConflict\u201d: head office holds the same number with other contents). Fix the cause at head office and send them again, or dismiss them if head office does not need them."},
	"hq.empty":           {"مفيش حاجة مرفوضة.", "Nothing was refused."},
	"hq.number":          {"الرقم", "Number"},
	"hq.what":            {"إيه", "What"},
	"hq.reason":          {"سبب الرفض", "Why it was refused"},
	"hq.when":            {"إمتى", "When"},
	"hq.actions":         {"تعمل إيه", "Action"},
	"hq.retry":           {"ابعته تاني", "Send again"},
	"hq.dismiss":         {"شيله", "Dismiss"},
	"hq.note":            {"ملاحظة (اختياري)", "Note (optional)"},
	"hq.status.rejected": {"مرفوض", "Rejected"},
	"hq.status.conflict": {"متعارض", "Conflict"},
	"hq.done.retried":    {"%s هيتبعت للإدارة مع الدفعة الجاية.", "%s goes to head office with the next batch."},
	"hq.done.dismissed":  {"%s اتشال ومش هيتبعت.", "%s was dismissed and will not be sent."},
	"err.hq.gone":        {"العنصر ده مش موجود (يمكن حد تاني اتصرف فيه).", "No such item (someone else may have acted on it)."},
	"action.hq.retry":    {"بعت مستند مرفوض للإدارة تاني", "Sent a refused document to head office again"},
	"action.hq.dismiss":  {"شال مستند رفضته الإدارة", "Dismissed a document head office refused"},
	"dash.go_hq":         {"رفضته الإدارة: %d ←", "Refused by head office: %d →"},
	"perm.hq.rejections": {"تشوف اللي الإدارة رفضته وتبعته تاني أو تشيله", "See what head office refused; send it again or dismiss it"},
}

func init() {
	for k, m := range hqMessages {
		if _, dup := messages[k]; dup {
			panic("staff: message " + k + " defined twice")
		}
		messages[k] = m
	}
}
