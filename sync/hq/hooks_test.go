package hq

// SafeNext is safeNext for the tests.
var SafeNext = safeNext
