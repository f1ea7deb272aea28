// Package look is the look of our web pages: the staff pages' stylesheets
// (staff.css, which imports docs.css) and the icon, embedded. Package
// ui/staff serves them under /staff/static/ and head office's pages
// (package sync/hq) under /static/, so a login at head office looks like
// the box's. It holds files only, no code that would pull the staff UI's
// dependencies into fatoora-hq.
package look

import "embed"

// FS holds staff.css, docs.css and icon.svg at its root.
//
//go:embed staff.css docs.css icon.svg
var FS embed.FS

// Files are the names in FS, for a server to route.
var Files = []string{"staff.css", "docs.css", "icon.svg"}
