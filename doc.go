// Package fatoora holds the few things every layer of the box shares and no
// single part owns: today the one not-found error.
//
// It sits at the module root, below every other package (it imports only the
// standard library), so the catalog, the box's parts and the UI can all wrap
// and test the same error without an import edge that breaks the layering.
// Everything else lives in the folders: cmd, appliance, catalog, sync, ui,
// scripts (see ARCHITECTURE.md).
package fatoora
