package access

// Bucket and key names under staff/. The tree is drawn in the package doc
// (and referenced from appliance/store's).
var (
	bucketStaff       = []byte("staff")
	bucketUsers       = []byte("users")
	bucketSessions    = []byte("sessions")
	bucketSessionsBy  = []byte("sessions_by_user")
	bucketSetup       = []byte("setup")
	keySetupCode      = []byte("code")
	bucketAudit       = []byte("audit")
	bucketAuditByUser = []byte("audit_by_user")
)

// subBuckets are created by Open, in this order.
var subBuckets = [][]byte{bucketUsers, bucketSessions, bucketSessionsBy, bucketSetup, bucketAudit, bucketAuditByUser}
