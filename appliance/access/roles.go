package access

import (
	"fmt"
	"slices"
)

// Role is what a user is to the shop. Every user has exactly one.
type Role string

// The roles.
const (
	RoleOwner      Role = "owner"
	RoleStaff      Role = "staff"
	RoleAccountant Role = "accountant"
)

// Roles lists the roles in the order a page shows them.
var Roles = []Role{RoleOwner, RoleStaff, RoleAccountant}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// Can reports whether the role holds permission p.
func (r Role) Can(p Permission) bool { return slices.Contains(Grants[r], p) }

// ParseRole reads a role name.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !r.Valid() {
		return "", fmt.Errorf("unknown role %q (owner, staff or accountant)", s)
	}
	return r, nil
}

// Permission is one thing a user may do. The package doc has the table.
type Permission string

// The permissions.
const (
	PermDashboard        Permission = "dashboard.view"
	PermReview           Permission = "review.work"
	PermConversations    Permission = "conversations.work"
	PermCatalogView      Permission = "catalog.view"
	PermCatalogEdit      Permission = "catalog.edit"
	PermCustomersView    Permission = "customers.view"
	PermCustomersEdit    Permission = "customers.edit"
	PermCustomersPricing Permission = "customers.pricing"
	PermDocumentsView    Permission = "documents.view"
	PermDocumentsResend  Permission = "documents.resend"
	PermPaymentsMark     Permission = "payments.mark"
	PermDocumentsVoid    Permission = "documents.void"
	PermReports          Permission = "reports.view"
	PermAudit            Permission = "audit.view"
	PermHQ               Permission = "hq.rejections"
	PermSettings         Permission = "settings.edit"
	PermUsers            Permission = "users.manage"
	PermBackup           Permission = "backup.download"
	PermMetrics          Permission = "metrics.view"
	PermSelf             Permission = "self.manage"
)

// Permissions lists every permission in the order of the table.
var Permissions = []Permission{
	PermDashboard, PermReview, PermConversations, PermCatalogView, PermCatalogEdit,
	PermCustomersView, PermCustomersEdit, PermCustomersPricing, PermDocumentsView,
	PermDocumentsResend, PermPaymentsMark, PermDocumentsVoid, PermReports, PermAudit, PermHQ,
	PermSettings, PermUsers, PermBackup, PermMetrics, PermSelf,
}

// Grants is the permission table: what each role may do. It is the only
// place that decides it; the package doc draws it.
var Grants = map[Role][]Permission{
	RoleOwner: Permissions,
	RoleStaff: {
		PermDashboard, PermReview, PermConversations, PermCatalogView, PermCatalogEdit,
		PermCustomersView, PermCustomersEdit, PermDocumentsView, PermDocumentsResend,
		PermPaymentsMark, PermSelf,
	},
	RoleAccountant: {
		PermDashboard, PermCatalogView, PermCustomersView, PermDocumentsView,
		PermPaymentsMark, PermDocumentsVoid, PermReports, PermAudit, PermHQ, PermSelf,
	},
}
