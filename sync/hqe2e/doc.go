// Package hqe2e holds the fault tests of head-office sync with the real
// binaries: `fatoora serve` (the box, its forwarder) and `fatoora-hq serve`
// (head office on bbolt and on PostgreSQL), joined through a loopback
// fault injector that refuses connections, answers 500 and 429 with
// Retry-After, cuts the connection after head office stored a batch,
// tampers with a batch, or holds a batch while the test kills the box.
// After every fault, head office must hold every document exactly once and
// the box's outbox must be empty. It has no non-test code.
package hqe2e
