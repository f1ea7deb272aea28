package staff

import (
	"fatoora/appliance/health"
	"fatoora/appliance/pipeline"
)

// opsMessages are the strings of the dashboard, the review queue and the
// conversations (routes_ops.go), merged into messages at start.
var opsMessages = map[string]msg{
	"nav.review":        {"المراجعة", "Review"},
	"nav.conversations": {"المحادثات", "Conversations"},

	"money.egp":  {"%s ج.م", "EGP %s"},
	"money.unit": {"ج.م", "EGP"},

	"ago.now":     {"دلوقتي", "just now"},
	"ago.minutes": {"من %d دقيقة", "%d min ago"},
	"ago.hours":   {"من %d ساعة", "%d h ago"},
	"ago.days":    {"من %d يوم", "%d days ago"},

	"err.internal.title": {"حصلت مشكلة", "Something went wrong"},

	"dash.title":                {"النهارده في المعرض", "Today at the showroom"},
	"dash.today":                {"أرقام النهارده", "Today's figures"},
	"dash.live_on":              {"بيتحدّث لوحده", "Live"},
	"dash.live_off":             {"مش متصل", "Not live"},
	"dash.messages":             {"رسايل", "Messages"},
	"dash.customers":            {"عملاء: %d", "customers: %d"},
	"dash.orders":               {"طلبات", "Orders"},
	"dash.quotes":               {"عروض أسعار", "Quotes"},
	"dash.invoices":             {"فواتير", "Invoices"},
	"dash.voided":               {"اتلغت: %d", "voided: %d"},
	"dash.revenue":              {"المبيعات", "Revenue"},
	"dash.vat":                  {"ضريبة القيمة المضافة", "VAT"},
	"dash.paid":                 {"اتدفع", "Paid"},
	"dash.unpaid":               {"لسه مادفعش", "Unpaid"},
	"dash.count_invoices":       {"فواتير: %d", "invoices: %d"},
	"dash.review":               {"مستني مراجعة", "Waiting for review"},
	"dash.flagged":              {"محادثات محتاجة حد", "Conversations needing staff"},
	"dash.go_review":            {"مستني مراجعة: %d ←", "Waiting for review: %d →"},
	"dash.go_flagged":           {"محادثات محتاجة حد: %d ←", "Conversations needing staff: %d →"},
	"dash.health":               {"حالة الصندوق", "The box"},
	"health.ok":                 {"شغّال", "Working"},
	"health.degraded":           {"فيه مشكلة", "Needs attention"},
	"health.off":                {"مش متفعّل", "Not set up"},
	"health.whatsapp":           {"واتساب (الإرسال)", "WhatsApp (sending)"},
	"health.webhook":            {"واتساب (الاستقبال)", "WhatsApp (receiving)"},
	"health.model":              {"نموذج الفهم", "Language model"},
	"health.relay":              {"الوسيط", "Relay"},
	"health.hq-sync":            {"مزامنة الإدارة", "Head-office sync"},
	"health.eta":                {"الإيصال الإلكتروني", "E-receipts (ETA)"},
	"review.title":              {"المراجعة", "Review queue"},
	"review.lead":               {"طلبات الصندوق ماقدرش يخلّصها لوحده. صحّح السطور ووافق، أو رد بنفسك.", "Orders the box could not finish alone. Correct the lines and approve, or answer by hand."},
	"review.empty":              {"مفيش حاجة مستنية مراجعة.", "Nothing waits for review."},
	"review.customer":           {"عميل", "Customer"},
	"review.confidence":         {"الثقة", "Confidence"},
	"review.why":                {"السبب", "Why"},
	"review.product":            {"المنتج", "Product"},
	"review.sku":                {"الكود", "SKU"},
	"review.qty":                {"الكمية", "Qty"},
	"review.color":              {"اللون", "Colour"},
	"review.line_conf":          {"الثقة", "Conf."},
	"status.accepted":           {"واتساب استلمها", "Accepted by WhatsApp"},
	"review.unknown":            {"مش لاقيه في الكتالوج", "Not found in the catalog"},
	"review.open":               {"راجع الطلب", "Review this order"},
	"review.done.approved":      {"الطلب %s اتوافق عليه والصندوق كمّل.", "Order %s approved; the box carried on."},
	"review.done.approved_doc":  {"الطلب %s اتوافق عليه واتبعت %s.", "Order %s approved: %s issued and sent."},
	"review.done.dismissed":     {"الطلب %s اتشال من المراجعة.", "Order %s is out of the queue."},
	"review.done.replied":       {"الرد اتبعت، والبوت ساكت في المحادثة دي.", "Reply sent; the bot stays quiet in this conversation."},
	"review.done.saved":         {"السطور اتحفظت. وافق لما تخلص.", "Lines saved. Approve when they are right."},
	"review.err.form":           {"الطلب ده مش مفهوم. جرّب تاني من الصفحة.", "The form could not be read. Try again from the page."},
	"review.err.sku":            {"فيه كود مش في الكتالوج.", "A SKU is not in the catalog."},
	"review.err.qty":            {"الكمية لازم تكون رقم أكبر من صفر.", "A quantity must be a number above zero."},
	"review.err.empty":          {"لازم سطر واحد على الأقل.", "Keep at least one line."},
	"review.err.text":           {"اكتب الرد الأول (لحد 4096 حرف).", "Write the reply first (up to 4096 characters)."},
	"review.err.not_reviewable": {"الطلب ده مش مستني مراجعة خلاص.", "This order no longer waits for review."},
	"problem.unknown":           {"مش في الكتالوج", "not in the catalog"},
	"problem.unavailable":       {"مش متاح في المخزن", "out of stock"},
	"problem.short":             {"الكمية أكبر من اللي في المخزن", "more than in stock"},
	"problem.color":             {"اللون مش متاح", "colour not available"},
	"problem.size":              {"المقاس ناقص", "size missing"},
	"problem.which":             {"مين فيهم؟", "which product?"},
	"problem.substitute":        {"مش ده بالظبط اللي طلبه", "not exactly what was asked"},
	"problem.quantity":          {"الكمية ماتقالتش", "how many not said"},

	"decision.invoice":      {"فاتورة", "invoice"},
	"decision.quote":        {"عرض سعر", "quote"},
	"decision.ask":          {"سؤال للعميل", "question to the customer"},
	"decision.alternatives": {"بدائل", "alternatives"},
	"decision.review":       {"مراجعة", "review"},
	"decision.complaint":    {"شكوى", "complaint"},
	"decision.greeting":     {"تحية", "greeting"},
	"decision.staff":        {"للفريق", "for staff"},
	"decision.ignore":       {"ولا حاجة", "nothing"},

	// why an order stands where it does (why.go): one per pipeline rule
	"why.complaint":            {"شكوى من العميل", "A complaint"},
	"why.greeting":             {"تحية أو كلام من غير طلب", "A greeting, no request"},
	"why.service-question":     {"سؤال عن %s: الرد عند حد من الفريق", "A question about %s: a person answers it"},
	"why.shop-info":            {"سؤال عن مواعيد المعرض أو عنوانه (%s): الصندوق رد من إعدادات المعرض", "The shop's hours or address asked (%s): the box answered from the shop's settings"},
	"why.no-product":           {"الصندوق مالقاش منتج في الرسالة", "No product recognised in the message"},
	"why.not-carried":          {"كل اللي طلبه مش في الكتالوج: %s", "Nothing asked is in the catalog: %s"},
	"why.left-catalog":         {"منتج اتشال من الكتالوج: %s", "A product left the catalog: %s"},
	"why.which-product":        {"لازم يختار بين كذا منتج: %s", "Several products fit: %s"},
	"why.unavailable":          {"مش متاح في المخزن: %s", "Out of stock: %s"},
	"why.short-stock":          {"الكمية المطلوبة أكتر من المخزن: %s", "More asked than in stock: %s"},
	"why.substitute":           {"الأقرب مش هو اللي طلبه بالظبط: %s", "The closest is not exactly what was asked: %s"},
	"why.colour-not-offered":   {"اللون اللي طلبه مش من ألوان %s", "The colour asked is not one of %s's"},
	"why.size":                 {"المقاس ناقص: %s", "Size missing: %s"},
	"why.colour":               {"اللون ناقص: %s", "Colour missing: %s"},
	"why.low-confidence":       {"الصندوق مش متأكد من فهمه للرسالة (%s)", "The box is unsure it understood (%s)"},
	"why.unexplained-words":    {"كلام الصندوق مافهموش: %s", "Words the box did not understand: %s"},
	"why.two-sizes":            {"أكتر من مقاس في سطر واحد، قسّمهم: %s", "More sizes than one piece has, split them: %s"},
	"why.unread-product":       {"فيه سطر شبه منتجاتنا والصندوق ماعرفش يحدده: %s", "A line looks like our products but was not read: %s"},
	"why.same-line-twice":      {"نفس المنتج واللون والمقاس في سطرين", "The same product, colour and size on two lines"},
	"why.per-unit-count":       {"سعره لكل وحدة قياس والعميل ما قالش كام", "Priced per a measure the customer did not count"},
	"why.uncounted":            {"طلب أكتر من واحدة وما قالش كام", "Several asked, how many not said"},
	"why.issue-unknown":        {"اتعمل المستند %s من غير اللي مش في الكتالوج: %s", "Issued %s without what is not in the catalog: %s"},
	"why.shop-info-beyond":     {"سؤال عن مواعيد المعرض أو عنوانه (%s): الصندوق رد من إعدادات المعرض، أكّد للعميل بخصوص %s", "The shop's hours or address asked (%s): the box answered from the shop's settings; confirm %s to the customer"},
	"why.issue-service":        {"اتعمل المستند %s، وفيه سؤال عن %s محتاج رد", "Issued %s; a question about %s waits for an answer"},
	"why.issue":                {"اتعمل المستند %s", "Issued %s"},
	"why.taken-over":           {"الفريق ماسك المحادثة والبوت ساكت", "Staff took over the conversation; the bot is quiet"},
	"why.asked-for-staff":      {"العميل طلب يكلم حد", "The customer asked for a person"},
	"why.backlog":              {"رسالة أقدم من ٢٤ ساعة: مااتردش عليها لوحده", "Older than 24 hours: not answered automatically"},
	"why.no-text":              {"رسالة من غير كلام (صوت، صورة…): محتاجة حد يشوفها", "A message without text (voice, photo…): a person looks"},
	"why.pricing-failed":       {"التسعير ماتمش: %s", "Pricing failed: %s"},
	"why.national-id":          {"١٥٠ ألف جنيه أو أكتر: لازم الرقم القومي للمشتري", "EGP 150,000 or more: the buyer's national ID is needed"},
	"why.document-refused":     {"المستند اترفض: %s", "The document was refused: %s"},
	"why.about-document":       {"رسالة بعد فاتورة أو عرض سعر للعميل، يمكن تعديل عليه: %s", "A message after the customer's invoice or quote, maybe a change to it: %s"},
	"why.document-again":       {"العميل طلب المستند تاني، واتبعتله %s تاني", "The customer asked for the document again; %s was sent again"},
	"why.document-again-early": {"العميل طلب الفاتورة قبل ما تطلع: اتسأل السؤال المفتوح تاني", "The customer asked for the invoice before it was issued: the open question was asked again"},
	"why.document-again-none":  {"العميل طلب فاتورة أو عرض سعر تاني، ومااتبعتلوش مستند في المحادثة دي: دوّر عليه وابعتهوله", "The customer asked for an invoice or quote again, and none was sent in this conversation: find it and send it"},
	"why.no-alternative":       {"خلصان ومفيش بديل متاح: %s", "Out of stock with no alternative in stock: %s"},
	"why.edited-by-staff":      {"السطور اتعدلت بإيد %s", "Lines edited by %s"},
	"order.title":              {"طلب", "Order"},
	"order.back":               {"→ المراجعة", "← Review queue"},
	"order.message":            {"العميل قال", "The customer wrote"},
	"order.intent":             {"القصد", "Intent"},
	"order.decision":           {"القرار", "Decision"},
	"order.unexplained":        {"كلام ماتفهمش", "Not understood"},
	"order.pdf":                {"الملف", "PDF"},
	"order.lines":              {"السطور", "Lines"},
	"order.maybe":              {"ممكن:", "Maybe:"},
	"order.new_line":           {"سطر جديد", "New line"},
	"order.lines_hint":         {"امسح الكود عشان تشيل السطر. الموافقة بتحفظ السطور وتخلّي الصندوق يطلع الفاتورة ويبعتها.", "Clear a SKU to remove its line. Approving saves the lines and lets the box issue and send."},
	"order.save":               {"احفظ السطور", "Save lines"},
	"order.approve":            {"وافق وابعت", "Approve and send"},
	"order.search":             {"دوّر في الكتالوج", "Search the catalog"},
	"order.search_ph":          {"مثلاً: كنبة رمادي", "e.g. grey sofa"},
	"order.search_go":          {"دوّر", "Search"},
	"order.add":                {"ضيف", "Add"},
	"order.no_results":         {"مفيش نتايج.", "No results."},
	"order.by_hand":            {"رد بنفسك", "Answer by hand"},
	"order.reply":              {"ردك للعميل", "Your reply to the customer"},
	"order.reply_hint":         {"الرد بيتبعت على واتساب، والبوت بيسكت في المحادثة دي، والطلب بيخرج من المراجعة.", "The reply goes out on WhatsApp, the bot pauses in this conversation, and the order leaves the queue."},
	"order.send":               {"ابعت", "Send"},
	"order.note":               {"ملاحظة (اختياري)", "Note (optional)"},
	"order.dismiss":            {"شيله من المراجعة", "Dismiss"},
	"order.history":            {"اللي حصل", "History"},
	"state.received":           {"وصلت", "received"},
	"state.understood":         {"اتفهمت", "understood"},
	"state.decided":            {"اتقرر", "decided"},
	"state.replied":            {"اترد عليها", "replied"},
	"conv.title":               {"المحادثات", "Conversations"},
	"conv.lead":                {"كل عميل ومحادثته، الأحدث الأول.", "Every customer's thread, latest first."},
	"conv.all":                 {"الكل", "All"},
	"conv.flagged":             {"محتاجة حد", "Need staff"},
	"conv.empty":               {"مفيش محادثات هنا.", "No conversations here."},
	"conv.badge.flagged":       {"محتاجة حد", "Needs staff"},
	"conv.badge.paused":        {"البوت ساكت", "Bot paused"},
	"conv.back":                {"→ المحادثات", "← Conversations"},
	"conv.tier":                {"شريحة", "Tier"},
	"conv.lang_en":             {"بيكتب إنجليزي، والبوت بيرد عليه إنجليزي", "Writes English; the box answers in English"},
	"conv.paused":              {"البوت ساكت، بيرد:", "Bot paused, answering:"},
	"conv.bot_on":              {"البوت بيرد", "Bot answering"},
	"conv.flag":                {"محتاجة حد", "Needs staff"},
	"conv.older":               {"رسايل أقدم", "Older messages"},
	"conv.no_messages":         {"مفيش رسايل لسه.", "No messages yet."},
	"conv.reply":               {"رد على العميل", "Reply to the customer"},
	"conv.reply_hint":          {"لما ترد، البوت بيسكت في المحادثة دي لحد ما ترجّعه.", "Once you reply, the bot stays quiet here until you resume it."},
	"conv.takeover":            {"سكّت البوت", "Pause the bot"},
	"conv.resume":              {"رجّع البوت يرد", "Let the bot answer again"},
	"conv.clear_flag":          {"خلصت", "Done, clear the flag"},
	"conv.done.paused":         {"البوت ساكت في المحادثة دي.", "The bot is paused in this conversation."},
	"conv.done.resumed":        {"البوت رجع يرد.", "The bot answers again."},
	"life.lead":                {"مهتم", "Lead"},
	"life.quoted":              {"خد عرض سعر", "Quoted"},
	"life.invoiced":            {"خد فاتورة", "Invoiced"},
	"life.paid":                {"دفع", "Paid"},
	"status.pending":           {"لسه مابعتش", "Not sent yet"},
	"status.sent":              {"اتبعت", "Sent"},
	"status.delivered":         {"وصل", "Delivered"},
	"status.read":              {"اتقرا", "Read"},
	"status.failed":            {"ماوصلش", "Failed"},

	"action.order.lines":           {"صحّح سطور طلب", "Corrected an order's lines"},
	"action.order.approve":         {"وافق على طلب", "Approved an order"},
	"action.order.reply":           {"رد على طلب بنفسه", "Answered an order by hand"},
	"action.order.dismiss":         {"شال طلب من المراجعة", "Dismissed an order"},
	"action.conversation.reply":    {"رد على عميل", "Replied to a customer"},
	"action.conversation.takeover": {"سكّت البوت", "Paused the bot"},
	"action.conversation.resume":   {"رجّع البوت", "Resumed the bot"},
}

func init() {
	for k, m := range opsMessages {
		if _, dup := messages[k]; dup {
			panic("staff: message key " + k + " defined twice")
		}
		messages[k] = m
	}
}

// opsDynamicKeys are the keys the shop-floor pages build at run time (a
// health state, a delivery status, a line's problem, a customer's stage,
// an error code, a staff-log action), for the catalogue test.
func opsDynamicKeys() []string {
	var keys []string
	add := func(prefix string, names ...string) {
		for _, n := range names {
			keys = append(keys, prefix+n)
		}
	}
	add("health.", integrations...)
	add("health.", health.OK, health.Degraded, "off")
	add("status.", "pending", "accepted", "sent", "delivered", "read", "failed")
	add("problem.", "unknown", "unavailable", "short", "color", "size", "which", "substitute", "quantity")
	add("state.", "received", "understood", "decided", "replied")
	add("why.", whyRules...)
	add("why.", "issue-unknown", "issue-service", "shop-info-beyond", "document-again-early", "document-again-none")
	add("decision.", "invoice", "quote", "ask", "alternatives", "review", "complaint", "greeting", "staff", "ignore")
	add("life.", pipeline.LifecycleLead, pipeline.LifecycleQuoted, pipeline.LifecycleInvoiced, pipeline.LifecyclePaid)
	add("review.err.", "form", "sku", "qty", "empty", "text", "not_reviewable")
	add("action.", "order.lines", "order.approve", "order.reply", "order.dismiss",
		"conversation.reply", "conversation.takeover", "conversation.resume")
	return keys
}
