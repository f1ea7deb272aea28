package access

import (
	"os"
	"strings"
	"testing"
)

func TestRole_Can(t *testing.T) {
	tests := []struct {
		role Role
		perm Permission
		want bool
	}{
		{RoleOwner, PermUsers, true},
		{RoleOwner, PermDocumentsVoid, true},
		{RoleStaff, PermReview, true},
		{RoleStaff, PermPaymentsMark, true},
		{RoleStaff, PermDocumentsVoid, false},
		{RoleStaff, PermSettings, false},
		{RoleStaff, PermReports, false},
		{RoleAccountant, PermDocumentsVoid, true},
		{RoleAccountant, PermReports, true},
		{RoleAccountant, PermReview, false},
		{RoleAccountant, PermCatalogEdit, false},
		{Role("boss"), PermDashboard, false},
	}
	for _, tt := range tests {
		if got := tt.role.Can(tt.perm); got != tt.want {
			t.Errorf("%s.Can(%s) = %v, want %v", tt.role, tt.perm, got, tt.want)
		}
	}
	if (User{Role: RoleOwner, Disabled: true}).Can(PermDashboard) {
		t.Error("a disabled user can do things")
	}
	for _, r := range Roles {
		if !r.Can(PermSelf) || !r.Can(PermDashboard) {
			t.Errorf("%s cannot reach its own account or the dashboard", r)
		}
	}
	if _, err := ParseRole("boss"); err == nil {
		t.Error("ParseRole accepted boss")
	}
}

// TestGrants_MatchDoc: the table in the package doc is the table in code.
func TestGrants_MatchDoc(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var cols []int // rune offsets of the role columns
	seen := map[Permission]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimPrefix(line, "//\t")
		r := []rune(line)
		if strings.HasPrefix(line, "permission ") {
			for _, role := range Roles {
				cols = append(cols, len([]rune(line[:strings.Index(line, string(role))])))
			}
			continue
		}
		f := strings.Fields(line)
		if cols == nil || len(f) == 0 || !strings.Contains(f[0], ".") || strings.HasPrefix(f[0], "$") {
			continue
		}
		p := Permission(f[0])
		seen[p] = true
		for i, role := range Roles {
			mark := false
			for j := cols[i]; j < cols[i]+len(role) && j < len(r); j++ {
				mark = mark || r[j] == '✓'
			}
			if mark != role.Can(p) {
				t.Errorf("doc says %s can %s: %v; Grants says %v", role, p, mark, role.Can(p))
			}
		}
	}
	for _, p := range Permissions {
		if !seen[p] {
			t.Errorf("%s is missing from the doc table", p)
		}
	}
	if len(seen) != len(Permissions) {
		t.Errorf("doc lists %d permissions, code %d", len(seen), len(Permissions))
	}
}
