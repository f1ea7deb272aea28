// Package access owns who may do what on the box: the staff accounts and
// their roles, password hashing, server-side sessions, the one-time setup
// code that creates the owner, login throttling and the audit log of staff
// actions. It knows nothing of HTTP: package ui/staff turns requests into
// calls here (cookies, forms, redirects).
//
// # Roles and permissions
//
// A user has exactly one role. What a role may do is this table (Grants),
// and nothing else decides it:
//
//	permission            what it allows                                         owner staff accountant
//	dashboard.view        the dashboard: today's figures, integration health       ✓     ✓       ✓
//	review.work           review queue: correct lines, approve, dismiss, answer     ✓     ✓
//	conversations.work    read threads, reply by hand, pause and resume the bot     ✓     ✓
//	catalog.view          products, prices, stock, "try a message"                  ✓     ✓       ✓
//	catalog.edit          import, edit products, prices, stock, shop vocabulary     ✓     ✓
//	customers.view        customer history, lifetime value                          ✓     ✓       ✓
//	customers.edit        customer notes                                            ✓     ✓
//	customers.pricing     customer tier and discount                                ✓
//	documents.view        invoices, quotes, credit notes, their PDFs                ✓     ✓       ✓
//	documents.resend      send a document to the customer again                     ✓     ✓
//	payments.mark         mark a document paid with a payment method                ✓     ✓       ✓
//	documents.void        void an invoice with a credit note                        ✓               ✓
//	reports.view          end-of-day report, CSV and XLSX exports                   ✓               ✓
//	audit.view            the audit log of staff actions                            ✓               ✓
//	hq.rejections         documents head office refused: send again, dismiss        ✓               ✓
//	settings.edit         shop details, VAT, numbering, integrations                ✓
//	users.manage          create users, roles, disable, reset passwords, sessions   ✓
//	backup.download       download a hot backup of the data file                    ✓
//	metrics.view          /metrics (Prometheus) from another machine than the box   ✓
//	self.manage           own password and own sessions                             ✓     ✓       ✓
//
// Staff run the shop floor: they answer customers, fix orders and take
// payments at the counter, but cannot cancel money (void) or change prices
// per customer. The accountant sees and corrects the money but does not talk
// to customers or touch the catalog. The owner can do everything, and is
// the only one who manages users, settings and backups. The box always keeps
// at least one active owner.
//
// # Passwords, sessions, setup
//
// Passwords are hashed with argon2id, a random 16-byte salt per hash, the
// parameters stored with the hash in the PHC string format
// ($argon2id$v=19$m=19456,t=2,p=1$salt$hash) and compared in constant time.
// A login for an unknown or disabled account costs the same hash, and every
// failure has the same answer, so the answer never tells whether an account
// exists. Hashes with outdated parameters are replaced at the next login.
//
// A session is 32 random bytes given to the browser once; the store keeps
// only their SHA-256. A session ends when unused for IdleTimeout, at
// MaxAge after login, at logout, when revoked, when its user is disabled,
// and (with every other session of the user) when the password changes.
//
// While the box has no user, EnsureSetupCode makes a setup code, stores its
// SHA-256 and returns it once to be printed in the log; CompleteSetup with
// that code creates the owner and deletes the code. Each start without users
// replaces the code, so a lost log line is fixed by a restart. When no
// owner can log in any more, RecoverOwner (for a console command run with
// the box stopped) gives an owner a new random password.
//
// Failed logins are throttled in memory by two token buckets: one per
// account name (existing or not, with the same answer) and one per client
// address; a success clears its account's bucket. Wrong setup codes are
// throttled per address only (80 bits cannot be guessed, and a box-wide
// limit would let anyone on the LAN keep the owner out).
//
// # Storage
//
// The buckets live under staff/ in the box's bbolt file; Open creates them
// in one Update. The names are in names.go:
//
//	staff/
//	    users/<username>             JSON user with its PHC password hash
//	    sessions/<sha256 of secret>  JSON session {id, user, created, last_seen, expires, addr, agent}
//	    sessions_by_user/<username> 0x00 <sha256 of secret>   empty; lists a user's sessions
//	    setup/code                   sha256 of the pending setup code (absent once an owner exists)
//	    audit/<seq uint64 BE>        JSON audit entry {at, user, action, target, detail, addr}
//	    audit_by_user/<username> 0x00 <seq uint64 BE>         empty; one user's entries in order
//
// Every list is a prefix or range scan of an index bounded by the page it
// shows: a session lookup is one Get, the audit log pages backwards from a
// cursor.
package access
