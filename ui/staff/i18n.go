package staff

import (
	"fmt"
	"net/http"
)

// Lang is a UI language. Arabic is the default; English is the switch.
type Lang string

// The languages.
const (
	Arabic  Lang = "ar"
	English Lang = "en"
)

// langCookie keeps the chosen language (a preference, not a secret).
const langCookie = "fatoora_lang"

// Dir is the text direction of the language.
func (l Lang) Dir() string {
	if l == English {
		return "ltr"
	}
	return "rtl"
}

// Other is the language the switch leads to.
func (l Lang) Other() Lang {
	if l == English {
		return Arabic
	}
	return English
}

func parseLang(s string) (Lang, bool) {
	switch Lang(s) {
	case Arabic, English:
		return Lang(s), true
	}
	return "", false
}

// langOf reads the request's language: the cookie, else Arabic.
func langOf(r *http.Request) Lang {
	if c, err := r.Cookie(langCookie); err == nil {
		if l, ok := parseLang(c.Value); ok {
			return l
		}
	}
	return Arabic
}

type msg struct{ ar, en string }

// messages is the UI's message catalogue: every string a page shows, in
// Arabic and English. Keys with a %-verb take arguments (Tf). A test checks
// that every key a template uses is here and has both languages.
var messages = map[string]msg{
	"app.name":   {"فاتورة", "Fatoora"},
	"app.footer": {"فاتورة · صندوق المعرض · الشبكة الداخلية بس", "Fatoora · the showroom box · local network only"},
	"lang.other": {"English", "العربية"},

	"nav.home":    {"الرئيسية", "Home"},
	"nav.account": {"حسابي", "My account"},
	"nav.logout":  {"خروج", "Log out"},
	"nav.main":    {"القائمة", "Main menu"},

	"field.username":         {"اسم المستخدم", "Username"},
	"field.password":         {"كلمة السر", "Password"},
	"field.password_confirm": {"أكّد كلمة السر", "Confirm the password"},
	"field.name":             {"اسمك", "Your name"},
	"field.person_name":      {"الاسم", "Name"},
	"field.code":             {"كود الإعداد", "Setup code"},
	"field.current_password": {"كلمة السر الحالية", "Current password"},
	"field.new_password":     {"كلمة السر الجديدة", "New password"},

	"login.title":      {"تسجيل الدخول", "Log in"},
	"login.lead":       {"ادخل باسم المستخدم وكلمة السر بتوعك.", "Enter your username and password."},
	"login.submit":     {"دخول", "Log in"},
	"login.setup_hint": {"لسه مفيش حسابات على الصندوق؟", "No accounts on the box yet?"},
	"login.setup_link": {"ابدأ الإعداد", "Start setup"},
	"login.note":       {"الصفحة دي لفريق المعرض بس. لو نسيت كلمة السر، اطلب من المالك يغيّرها.", "This page is for the showroom team only. Forgot your password? Ask the owner to reset it."},
	"login.logged_out": {"خرجت من حسابك.", "You are logged out."},

	"setup.title":         {"إعداد الصندوق", "Set up the box"},
	"setup.lead":          {"أول مرة: اعمل حساب المالك. كود الإعداد بيتكتب في سجل الصندوق (اللوج) أول ما يشتغل.", "First time: create the owner's account. The setup code is printed in the box's log when it starts."},
	"setup.code_hint":     {"16 حرف ورقم، زي", "16 letters and digits, like"},
	"setup.username_hint": {"حروف إنجليزي صغيرة وأرقام، من 2 لـ 32 (مثلاً mona)", "Lowercase latin letters and digits, 2 to 32 (e.g. mona)"},
	"setup.password_hint": {"%d حروف على الأقل. جملة قصيرة أسهل في الحفظ وأصعب في التخمين.", "At least %d characters. A short sentence is easier to remember and harder to guess."},
	"setup.submit":        {"اعمل حساب المالك", "Create the owner account"},
	"setup.owner_note":    {"المالك يقدر يعمل حسابات للموظفين والمحاسب بعد كده.", "The owner can then create accounts for staff and the accountant."},

	"err.credentials":       {"اسم المستخدم أو كلمة السر غلط.", "Wrong username or password."},
	"err.throttled":         {"محاولات كتير. جرّب تاني بعد %s.", "Too many attempts. Try again in %s."},
	"err.setup_code":        {"كود الإعداد غلط، أو اتغيّر: لو الصندوق اتشغّل تاني، استخدم آخر كود في السجل.", "Wrong setup code, or it was replaced: if the box restarted, use the latest code in its log."},
	"err.confirm":           {"كلمتين السر مش زي بعض.", "The two passwords differ."},
	"err.form":              {"الطلب ده مش مفهوم. جرّب تاني من الصفحة.", "The form could not be read. Try again from the page."},
	"err.internal":          {"حصلت مشكلة في الصندوق. جرّب تاني، ولو اتكررت بلّغ المسؤول.", "Something went wrong on the box. Try again; if it repeats, tell whoever runs it."},
	"err.username.length":   {"اسم المستخدم من 2 لـ 32 حرف.", "The username is 2 to 32 characters."},
	"err.username.chars":    {"اسم المستخدم حروف إنجليزي صغيرة وأرقام و . _ - بس، ويبدأ بحرف أو رقم.", "Use only lowercase latin letters, digits and . _ - starting with a letter or digit."},
	"err.name.length":       {"الاسم من 1 لـ 100 حرف.", "The name is 1 to 100 characters."},
	"err.role.unknown":      {"الدور لازم يكون مالك أو موظف أو محاسب.", "The role must be owner, staff or accountant."},
	"err.password.short":    {"كلمة السر لازم تكون %d حروف على الأقل.", "The password needs at least %d characters."},
	"err.password.long":     {"كلمة السر طويلة جداً.", "The password is too long."},
	"err.password.username": {"كلمة السر ماينفعش يكون فيها اسم المستخدم.", "The password must not contain the username."},
	"err.current.wrong":     {"كلمة السر الحالية غلط.", "The current password is wrong."},
	"err.last_owner":        {"لازم يفضل على الصندوق مالك واحد على الأقل شغّال.", "The box must keep at least one active owner."},
	"err.exists":            {"اسم المستخدم ده موجود قبل كده.", "That username is taken."},
	"err.no_user":           {"الحساب ده مش موجود.", "No such account."},
	"err.forbidden.title":   {"مش مسموح", "Not allowed"},
	"err.forbidden.body":    {"دورك (%s) مايسمحش بده. لو محتاجه، كلّم المالك.", "Your role (%s) does not allow this. If you need it, ask the owner."},
	"err.notfound.title":    {"الصفحة دي مش موجودة", "No such page"},
	"err.notfound.body":     {"يمكن الرابط قديم أو فيه غلطة.", "The link may be old or mistyped."},
	"err.back":              {"ارجع للرئيسية", "Back to home"},

	"home.title":    {"أهلاً يا %s", "Welcome, %s"},
	"home.lead":     {"من هنا بتتابع الصندوق: الرسايل اللي محتاجة حد، الفواتير والفلوس، والكتالوج.", "From here you watch the box: messages that need a person, invoices and money, and the catalog."},
	"home.role":     {"دورك", "Your role"},
	"home.can":      {"المسموح لك", "What you may do"},
	"home.coming":   {"باقي الصفحات (اللوحة، المراجعة، المحادثات، الفواتير، الكتالوج) بتتضاف هنا.", "The other pages (dashboard, review, conversations, invoices, catalog) are added here."},
	"home.username": {"اسم الدخول", "Login name"},

	"role.owner":      {"المالك", "Owner"},
	"role.staff":      {"موظف", "Staff"},
	"role.accountant": {"محاسب", "Accountant"},

	"perm.dashboard.view":     {"تشوف لوحة اليوم وحالة الصندوق", "See today's dashboard and the box's health"},
	"perm.review.work":        {"تراجع الطلبات: تصحّح وتوافق أو ترد", "Work the review queue: correct, approve or answer"},
	"perm.conversations.work": {"تقرا المحادثات وترد بنفسك وتوقف البوت", "Read conversations, reply by hand, pause the bot"},
	"perm.catalog.view":       {"تشوف الكتالوج وتجرّب رسالة", "See the catalog and try a message"},
	"perm.catalog.edit":       {"تعدّل المنتجات والأسعار والمخزون", "Edit products, prices and stock"},
	"perm.customers.view":     {"تشوف العملاء وتاريخهم", "See customers and their history"},
	"perm.customers.edit":     {"تكتب ملاحظات على العملاء", "Write notes on customers"},
	"perm.customers.pricing":  {"تحدد فئة العميل والخصم", "Set a customer's tier and discount"},
	"perm.documents.view":     {"تشوف الفواتير وعروض الأسعار وإشعارات الخصم", "See invoices, quotes and credit notes"},
	"perm.documents.resend":   {"تبعت مستند للعميل تاني", "Send a document to the customer again"},
	"perm.payments.mark":      {"تسجّل إن الفاتورة اتدفعت", "Mark an invoice paid"},
	"perm.documents.void":     {"تلغي فاتورة بإشعار خصم", "Void an invoice with a credit note"},
	"perm.reports.view":       {"تقارير آخر اليوم والتصدير", "End-of-day reports and exports"},
	"perm.audit.view":         {"سجل اللي عمله الفريق", "The log of staff actions"},
	"perm.settings.edit":      {"إعدادات المحل والضريبة والربط", "Shop, tax and integration settings"},
	"perm.users.manage":       {"حسابات الفريق وأدوارهم", "Team accounts and roles"},
	"perm.backup.download":    {"تنزّل نسخة احتياطية", "Download a backup"},
	"perm.metrics.view":       {"تقرا مقاييس الصندوق (Prometheus) من جهاز تاني", "Read the box's metrics (Prometheus) from another machine"},
	"perm.self.manage":        {"كلمة السر والأجهزة بتوعك", "Your own password and devices"},

	"account.title":             {"حسابي", "My account"},
	"account.sessions":          {"الأجهزة الداخلة بحسابك", "Devices logged in to your account"},
	"account.this_device":       {"الجهاز ده", "This device"},
	"account.last_seen":         {"آخر استخدام", "Last used"},
	"account.since":             {"دخل", "Logged in"},
	"account.revoke":            {"خرّجه", "Log it out"},
	"account.password":          {"غيّر كلمة السر", "Change the password"},
	"account.password_note":     {"تغيير كلمة السر بيخرّج كل الأجهزة التانية.", "Changing the password logs out every other device."},
	"account.password_done":     {"كلمة السر اتغيّرت، والأجهزة التانية خرجت.", "Password changed; every other device is logged out."},
	"account.revoked":           {"الجهاز خرج من حسابك.", "That device is logged out."},
	"account.save":              {"احفظ", "Save"},
	"nav.users":                 {"الفريق", "Team"},
	"nav.audit":                 {"السجل", "Log"},
	"users.title":               {"حسابات الفريق", "Team accounts"},
	"users.lead":                {"كل واحد بحسابه: الصندوق بيسجّل مين عمل إيه وإمتى.", "Everyone with their own account: the box records who did what, and when."},
	"users.add":                 {"حساب جديد", "New account"},
	"users.role":                {"الدور", "Role"},
	"users.create":              {"اعمل الحساب", "Create the account"},
	"users.you":                 {"إنت", "You"},
	"users.disabled":            {"موقوف", "Disabled"},
	"users.password_changed":    {"كلمة السر اتغيّرت", "Password changed"},
	"users.manage":              {"إدارة", "Manage"},
	"users.save_role":           {"غيّر الدور", "Change role"},
	"users.disable":             {"أوقف الحساب", "Disable the account"},
	"users.enable":              {"شغّل الحساب", "Enable the account"},
	"users.reset":               {"كلمة سر جديدة", "Set a new password"},
	"users.reset_note":          {"بيخرّج الشخص من كل أجهزته. قوله كلمة السر الجديدة بنفسك.", "Logs the person out everywhere. Tell them the new password yourself."},
	"users.signout":             {"خرّجه من كل الأجهزة", "Log out of every device"},
	"users.done.created":        {"الحساب %s اتعمل.", "Account %s created."},
	"users.done.updated":        {"الحساب %s اتعدّل.", "Account %s updated."},
	"users.done.disabled":       {"الحساب %s اتوقف، وخرج من كل الأجهزة.", "Account %s disabled and logged out everywhere."},
	"users.done.enabled":        {"الحساب %s اشتغل تاني.", "Account %s enabled again."},
	"users.done.password":       {"كلمة سر %s اتغيّرت، وخرج من كل الأجهزة.", "%s has a new password and is logged out everywhere."},
	"users.done.signedout":      {"%s خرج من كل الأجهزة.", "%s is logged out of every device."},
	"audit.title":               {"سجل الفريق", "Staff log"},
	"audit.lead":                {"كل حاجة عملها حد من الفريق، الأحدث الأول.", "Everything the team did, newest first."},
	"audit.when":                {"إمتى", "When"},
	"audit.who":                 {"مين", "Who"},
	"audit.what":                {"عمل إيه", "What"},
	"audit.target":              {"على إيه", "On"},
	"audit.from":                {"من", "From"},
	"audit.filter":              {"اعرض", "Show"},
	"audit.all":                 {"الكل", "Everyone"},
	"audit.older":               {"الأقدم ←", "Older →"},
	"audit.empty":               {"مفيش حاجة متسجلة لسه.", "Nothing recorded yet."},
	"audit.nobody":              {"(محاولة)", "(attempt)"},
	"action.login":              {"دخل", "Logged in"},
	"action.login.failed":       {"محاولة دخول غلط", "Failed login"},
	"action.logout":             {"خرج", "Logged out"},
	"action.setup":              {"إعداد الصندوق", "Set up the box"},
	"action.user.create":        {"عمل حساب", "Created an account"},
	"action.user.update":        {"عدّل حساب", "Changed an account"},
	"action.password.change":    {"غيّر كلمة السر بتاعته", "Changed own password"},
	"action.password.reset":     {"غيّر كلمة سر حد", "Reset a password"},
	"action.password.recover":   {"استرجاع حساب المالك من الصندوق", "Owner recovered at the box's console"},
	"action.session.revoke":     {"خرّج جهاز", "Logged out a device"},
	"action.session.revoke_all": {"خرّج كل الأجهزة", "Logged out every device"},
	"device.on":                 {"%s على %s", "%s on %s"},
	"device.unknown":            {"جهاز تاني", "Another device"},
}

// text returns the message for key in lang; a missing key shows itself,
// so a gap is visible on the page (and caught by the catalogue test).
func text(lang Lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	if lang == English {
		return m.en
	}
	return m.ar
}

// textf formats the message for key with args.
func textf(lang Lang, key string, args ...any) string {
	return fmt.Sprintf(text(lang, key), args...)
}
