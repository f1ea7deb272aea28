package ingest

// ParseStd is Parse by encoding/json alone, for tests of the fast decoder.
var ParseStd = parseStd

// ParseFast is Parse by the fast decoder alone: handled false where it
// stands aside.
func ParseFast(body []byte) (n Notification, handled bool) { return fastParse(body) }

// ParseLean is what Accept reads of a body (leanParse): handled false
// where it leaves the body to Parse.
func ParseLean(body []byte) (n Notification, handled bool) { return leanParse(body) }
