// Package pipeline turns each stored inbound WhatsApp message into the
// customer's answer, exactly once: a persisted state machine per order
//
//	received → understood → decided → replied (→ delivered / read)
//
// where "decided" is one of invoice, quote, ask (one precise question),
// alternatives, review (staff), complaint, greeting or staff (bot paused or
// backlog). Each transition is committed to bbolt before its side effect.
// A decision, its invoice or quote (with the stock reservation and the
// head-office outbox entry) and its WhatsApp sends are written in ONE
// transaction; the outbox worker delivers the sends after commit, keyed by
// order, round and step, and moves each key to outbox/whatsapp_done in the
// same transaction that records its wamid, so no reply is sent twice except
// across the unavoidable window between Meta accepting a send and that
// commit.
//
// What is decided is one pure function, Decide (policy.go): the same policy
// answers here and in fatoora extract --decide, and each verdict names the
// rule that took it. A document goes out on its own only when the first
// message is fully understood; a product that lacks what was asked is
// offered, not invoiced; a product picked from a list goes through the same
// checks as a typed one (pickedLine); an answer settles what was asked,
// and words of the first message that no line holds and no rule placed
// send the order to staff after it. A question about delivery or
// installation beside a complete order (understand.Result.Service) changes
// no line: the document goes out and the order is flagged for a person to
// answer the question. A piece service or goods its name prices per a
// measure ("تركيب … لكل كيلو وات", "per point", "مسك … بالمللي", "per
// ml"; understand.PricedPer) with no
// count said waits for a person (RulePerUnit): one would be a guess — a
// figure said with that measure ("تركيب ١٠ كيلو") is its count. A line
// asked in the plural with no count ("كراسي"), once its colour is answered
// or a product picked for it, is asked how many (RuleUncounted): the typed
// count ("٦", "ستة", "هاخد 6") is its quantity. Once the customer has an invoice or a quote
// (Facts.AfterDocument), a message that names nothing sold, no product, or
// asks a change ("ممكن تخليه اسود بدل البني؟") is about that document: it
// waits for a person (RuleAboutDoc) instead of "we don't carry it", a
// greeting or a new line beside the old; so does a question about it the
// box cannot read or a count with no product (Facts.FollowUp: "طب واللي
// أكبر منها؟", "اوك هاخد ٢"), and goods asked for what the document holds
// (Facts.RefersBack: "وعايز تركيب ليهم").
//
// Answers are typed as often as tapped (typed.go): a yes alone under a
// quote ("تمام", "ok", "👍") confirms it, and a list's product is picked by
// its place ("التاني") or by words only its name has, and a price asked of
// one of them ("بكام الزان؟") quotes it, and a colour said while the size
// is asked is kept and the size asked again; anything said beside them
// makes the message a new one. A question the customer left open to
// ask something else (Conversation.Asking) still takes its answer after
// that message — a colour, a size, a product's own words, never a bare yes
// or a place —, and "تمام" said to it is answered with the question again;
// a message naming other goods closes it.
//
// The replies (replies.go) are written in Arabic, and in English to a
// customer who writes English (lang.go): each typed message that shows its
// language sets Conversation.Lang — English grammar words make it English,
// Arabic script or Franco-Arabic ("3ayez kanaba") Arabic, and a tap, a bare
// "yes" or a figure leave it — so the replies to a tap or a "2" stay in
// the language the customer used. In English products go by the catalog's
// name_en (its Arabic name when it has none), colours by the shop
// vocabulary's or the rules' English word, amounts as "EGP 1,234.50", and
// buttons and list rows keep WhatsApp's limits as the Arabic ones do. The
// language changes words only, never a decision; the PDF stays Arabic.
//
// The queue handler (HandleMessage) is idempotent: re-running it for a
// message whose order has already moved on does nothing. A fresh text
// message is understood before its transaction, so its order is received,
// understood and decided in one commit, which also completes the queue
// item (the queue worker then commits nothing). The sends of one reply
// (the document and its summary) go as one run: one commit marks them all
// in flight, one records them all. An order answered with a document and a
// summary costs four commits: ingest, the decision, the run's mark and its
// record. The record of an order's last send makes it replied without
// rewriting it (an order stored decided with no send pending reads
// replied: loadOrder, store.OrderStateOf); what changes is its state key,
// deleted from orders/active — the small tree that holds the state keys of
// the orders in flight. A settled order has no state key: orders/index,
// which holds every order's decision and staff keys, is written
// when an order is created and when its decision or staff flag changes,
// never for a step (issue 16: at a million orders each path of
// orders/index or orders/byid rewritten is four pages). The customer's
// conversation, its orders' customer keys and the order each of its
// messages was attached to are kept in the customer's run in
// message_index/, beside ingest's record of the customer
// (store.CustomerRunKey, migrations 13 and 14): the commit that hears,
// decides and answers a message writes them in the leaf it writes that
// record in.
//
// Staff watch and steer the box through the API in staff.go, which the web
// UI calls without ever holding a transaction: paged, filtered, newest-first
// reads of orders, conversations, customers, a customer's thread (messages
// in and out with delivery statuses) and documents, all read through the
// store's indexes; and the actions approve, edit lines, dismiss, take over,
// resume, reply, set a tier, mark paid and void. Every method takes the
// request's context first and wraps fatoora.ErrNotFound; an action runs the
// record its context carries (WithRecord: the staff log's entry) in the
// transaction that commits it. Summary reads a day's figures for the
// dashboard through the same indexes, and Version tells a watcher that
// something was written. The customer's
// tier lives here, on the conversation, and nowhere else.
package pipeline
