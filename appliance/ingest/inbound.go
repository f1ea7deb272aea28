package ingest

import (
	"encoding/binary"
	"sync"
	"time"

	"fatoora/appliance/queue"

	bolt "go.etcd.io/bbolt"
)

// What Accept reads of a body and writes in the shared commit, made
// without going through Notification (issue 16, eighth round): the fast
// decoder's tape is read straight into each new message's compact record,
// its wamid and its customer — no wire structs, no ~350-byte Message
// copied on its way to the record, the profile name and business number
// decoded into the record itself — and the records of one body share one
// buffer. The job that holds them is pooled, and its commit function is
// bound once, so a post allocates no closure for the group commit.
//
// readInbound answers exactly where leanParse (and prepare after it) does,
// with the same records (checkInboundAgrees in the fast decoder's tests
// and FuzzParse_FastAgrees); where it stands aside, Accept reads the body
// as before (leanParse, else Parse) and makes the same inbound messages
// from the Notification (fromNotification).

// inbound is one message of a body as Accept stores it.
type inbound struct {
	id, customer, flag string
	// pnid is the business number that received it (the body's bytes, or
	// decoded): Accept keeps only its own number's messages.
	pnid []byte
	// rec is the compact record without its payload key, with room after
	// it for the key; nil when the message is stored whole (whole).
	rec   []byte
	whole *Message
	// item is its understand queue item, encoded before the commit
	// (encodeItems); nil for a flagged message, which is not answered.
	item []byte
}

// acceptJob is one post's work: what readInbound (or fromNotification)
// read, and the commit's inputs and result. Pooled (jobs).
type acceptJob struct {
	msgs     []inbound
	statuses []Status
	skipped  int
	recs     []byte // every message's record, one after another
	items    []byte // every message's queue item, the same way
	scratch  []byte // the strings with escapes readInbound decoded (fdec.arena)
	body     []byte
	rec      []byte // the payload record
	now      time.Time
	source   string
	other    int
	res      Result
	run      func(*bolt.Tx) error // j.store, bound once
}

var jobs sync.Pool

func getJob() *acceptJob {
	j, _ := jobs.Get().(*acceptJob)
	if j == nil {
		j = &acceptJob{}
		j.run = j.store
	}
	return j
}

// put gives j back; nothing it holds may be used after (the records were
// the commit's values: the commit is over when Batch returns).
func (j *acceptJob) put() {
	if cap(j.recs) > 64<<10 || cap(j.items) > 64<<10 || cap(j.msgs) > 1024 || cap(j.statuses) > 1024 {
		return // a big batch's job is not kept
	}
	clear(j.msgs)
	clear(j.statuses)
	*j = acceptJob{msgs: j.msgs[:0], statuses: j.statuses[:0], recs: j.recs[:0], items: j.items[:0], scratch: j.scratch[:0], run: j.run}
	jobs.Put(j)
}

// reset empties what readInbound read (it stood aside partway).
func (j *acceptJob) reset() {
	clear(j.msgs)
	clear(j.statuses)
	j.msgs, j.statuses, j.recs, j.skipped = j.msgs[:0], j.statuses[:0], j.recs[:0], 0
}

// readInbound reads body into j as leanParse and prepare would; handled
// false where it stands aside (leanParse would, or an id is too long: the
// caller's path then says why the body is refused).
func (j *acceptJob) readInbound(body []byte) (handled bool) {
	t, ok := parseJSON(body)
	if t != nil {
		defer t.release() // what j keeps is copied out, or the body's
	}
	if !ok || t.nodes[0].kind != jObject {
		return false
	}
	j.scratch = j.scratch[:0]
	d := &fdec{t: t, arena: &j.scratch}
	f := d.fields(&t.nodes[0], "object", "entry")
	if obj := d.text(f[0]); f[1] == nil && len(obj) == 0 {
		return false // not a notification: encoding/json's path says so
	}
	type span struct{ start, end int } // a record in j.recs
	var spans [8]span
	at := spans[:0]
	for _, e := range d.array(f[1]) {
		if e.kind != jObject {
			d.bad = true
		}
		ef := d.fields(e, "id", "changes")
		d.kind(ef[0], jString)
		for _, c := range d.array(ef[1]) {
			fn, vf, pn := d.change(c)
			field, pnid := d.text(fn), d.text(pn)
			cts := d.array(vf[1])
			for _, ct := range cts {
				if name, waID, userID, ok := d.contact(ct); ok {
					d.check(name)
					d.check(waID)
					d.check(userID)
				}
			}
			msgs, sts := d.array(vf[2]), d.array(vf[3])
			for _, list := range [2][]*jnode{msgs, sts} {
				for _, item := range list {
					if item.kind != jObject {
						d.bad = true
					}
				}
			}
			if d.bad {
				return false
			}
			if string(field) != "messages" {
				continue // kept only in the raw payload, as assemble does
			}
			for _, n := range msgs {
				start := len(j.recs)
				m, ok := j.message(d, n, pnid, cts)
				if d.bad || !ok {
					return false
				}
				if m.id == "" {
					j.skipped++
					continue
				}
				j.msgs = append(j.msgs, m)
				at = append(at, span{start, len(j.recs)})
				j.recs = append(j.recs, make([]byte, binary.MaxVarintLen64)...) // room for the payload key
			}
			for _, n := range sts {
				ws, ok, handled := fastStatus(t, n)
				if !handled {
					return false
				}
				if !ok {
					j.skipped++
					continue
				}
				s, err := statusOf(ws)
				if err != nil {
					return false
				}
				j.statuses = append(j.statuses, s)
			}
		}
	}
	if d.bad {
		return false
	}
	for i, s := range at {
		j.msgs[i].rec = j.recs[s.start:s.end:min(s.end+binary.MaxVarintLen64, len(j.recs))]
	}
	return true
}

// message reads message object n of a change whose business number is
// pnid and whose contacts are cts, as leanMessage and assemble do, and
// appends its record (without the payload key) to j.recs. ok false where
// leanParse would not answer (an id too long included); an empty id is a
// message kept only in the raw payload (Skipped).
func (j *acceptJob) message(d *fdec, n *jnode, pnid []byte, cts []*jnode) (m inbound, ok bool) {
	f := d.fields(n, messageFields...)
	from, userID, id := d.text(f[0]), d.text(f[1]), d.text(f[2])
	d.time(f[3])
	d.check(f[4])
	ctxID := d.checkMessage(&f)
	if d.bad {
		return m, false
	}
	if len(id) == 0 {
		return m, true
	}
	// The sender's contact, its name and the customer key, as assemble
	// finds them.
	var name *jnode // a contact's profile name, not empty
	var customer []byte
	for _, k := range [2][]byte{from, userID} {
		if len(k) == 0 {
			continue
		}
		ct := d.contactOf(cts, k)
		if ct == nil {
			continue
		}
		tf := d.fields(ct, "profile", "wa_id", "user_id")
		if pn := d.fields(tf[0], "name")[0]; name == nil && pn != nil && pn.end-pn.start > 2 {
			name = pn
		}
		if w := d.text(tf[1]); len(w) > 0 && len(customer) == 0 {
			customer = w
		}
	}
	if name == nil && len(cts) == 1 {
		tf := d.fields(cts[0], "profile")
		name = d.fields(tf[0], "name")[0]
	}
	if len(customer) == 0 {
		customer = from
	}
	if len(customer) == 0 {
		customer = userID
	}
	if hasControl(customer) {
		m.flag, customer = flagControl, nil
	} else if len(customer) == 0 {
		m.flag = "the message has no sender"
	}
	for _, s := range [...][]byte{id, from, userID, customer, ctxID} {
		if len(s) > MaxIDBytes {
			return m, false // leanParse's caller refuses it (checkID)
		}
	}
	m.id, m.customer, m.pnid = string(id), string(customer), pnid
	j.recs = appendCompactRecord(j.recs, int(n.start), int(n.end-n.start), customer, d.text(name), pnid, m.flag)
	return m, !d.bad
}

// contactOf is contactOf of the tape: the last contact whose wa_id or
// user_id is k.
func (d *fdec) contactOf(cts []*jnode, k []byte) *jnode {
	for i := len(cts) - 1; i >= 0; i-- {
		tf := d.fields(cts[i], "profile", "wa_id", "user_id")
		if string(d.text(tf[1])) == string(k) || string(d.text(tf[2])) == string(k) {
			return cts[i]
		}
	}
	return nil
}

// encodeItems encodes the understand queue item of each message to be
// answered, received at j.now, into j.items: the commit only puts them.
func (j *acceptJob) encodeItems() error {
	for i := range j.msgs {
		m := &j.msgs[i]
		if m.flag != "" {
			continue
		}
		start := len(j.items)
		var err error
		j.items, err = queue.AppendEncoded(j.items, queue.Item{Kind: queue.KindUnderstand, Ref: m.id, Key: m.customer, EnqueuedAt: j.now})
		if err != nil {
			return err
		}
		m.item = j.items[start:len(j.items):len(j.items)] // a later append may move j.items: this array stays
	}
	return nil
}

// fromNotification makes j's messages from n, read by leanParse or Parse
// (where readInbound stood aside), as prepare does.
func (j *acceptJob) fromNotification(body []byte, n Notification) {
	prep := prepare(body, n.Messages)
	for i, m := range n.Messages {
		in := inbound{id: m.ID, customer: m.Customer, flag: m.Flag, pnid: []byte(m.PhoneNumberID), rec: prep[i].record}
		if in.rec == nil {
			in.whole = &n.Messages[i]
		}
		j.msgs = append(j.msgs, in)
	}
	j.statuses = append(j.statuses, n.Statuses...)
	j.skipped = n.Skipped
}
