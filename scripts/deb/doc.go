// Package deb holds the Debian packaging of the box (build.sh, the systemd
// unit, the settings template, the maintainer scripts) and its test: the
// package builds, its unit passes systemd-analyze verify, and, where the
// test may install packages (FATOORA_TEST_DEB_INSTALL=1, as root), it
// installs, refuses a half-configured start and is removed leaving the data.
package deb
