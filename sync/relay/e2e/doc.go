// Package e2e holds the relay's end-to-end tests: the real fatoora and
// fatoora-relay binaries, built into a temporary directory and run as
// processes on loopback, with a cuttable TCP proxy on the link and Meta's
// Graph API played by graphsim. It has no non-test code.
package e2e
