package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"fatoora/sync/relay/proto"

	"github.com/gorilla/websocket"
)

// Close codes of the link's websocket (4000-4999 are the application's).
const (
	closeUnauthorized = 4401
	closeReplaced     = 4409
	closeProtocol     = 4400
	closeShutdown     = 4503
)

// maxFromBox bounds a frame from a box: a Graph media upload.
const maxFromBox = 16<<20 + 64<<10

var upgrader = websocket.Upgrader{
	ReadBufferSize:  32 << 10,
	WriteBufferSize: 32 << 10,
	// Boxes are not browsers: no Origin to check, and the token is the
	// authentication.
	CheckOrigin: func(*http.Request) bool { return true },
}

// session is one box's live link.
type session struct {
	box    *box
	conn   *proto.Conn
	cancel context.CancelCauseFunc
	done   chan struct{}

	mu       sync.Mutex
	inflight map[uint64]bool
	acked    chan struct{} // an ack freed window space
	acks     chan ackReq
}

type ackReq struct {
	seq    uint64
	reason string // "" acknowledges; else a Nack's reason
}

var (
	errReplaced = errors.New("replaced by a newer connection")
	errShutdown = errors.New("relay shutting down")
)

func (s *Server) serveLink(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader answered
	}
	conn := proto.NewConn(ws, maxFromBox, 10*time.Second)
	f, err := conn.Recv(time.Now().Add(10 * time.Second))
	hello, ok := f.(proto.Hello)
	if err != nil || !ok {
		_ = conn.Send(proto.Error{Code: proto.CodeProtocol, Message: "first frame must be hello"})
		conn.Close(closeProtocol, "hello expected")
		return
	}
	b := s.authenticate(hello.Token)
	if b == nil {
		s.count(func() { s.stats.authFailures++ })
		s.log.Warn("link refused: unknown token", "remote", r.RemoteAddr)
		_ = conn.Send(proto.Error{Code: proto.CodeUnauthorized, Message: "unknown token"})
		conn.Close(closeUnauthorized, "unauthorized")
		return
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sess := &session{box: b, conn: conn, cancel: cancel, done: make(chan struct{}),
		inflight: map[uint64]bool{}, acked: make(chan struct{}, 1), acks: make(chan ackReq, 4*s.opts.Window)}
	defer close(sess.done)

	// A second connection for the same box replaces the first: the old
	// session stops (its unacknowledged webhooks stay queued) before the
	// new one sends anything, so frames never go out twice at once. A
	// session is registered under s.mu, so closeSessions either sees it
	// or it sees closing.
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		_ = conn.Send(proto.Error{Code: proto.CodeShutdown, Message: "relay restarting"})
		conn.Close(closeShutdown, "shutdown")
		return
	}
	b.mu.Lock()
	old := b.sess
	b.sess = sess
	if old != nil {
		b.replaced++
	}
	b.connectedAt, b.lastSeen, b.remote = s.opts.Now(), s.opts.Now(), r.RemoteAddr
	backlog := b.backlog
	b.mu.Unlock()
	s.mu.Unlock()
	if old != nil {
		s.log.Info("box reconnected: replacing its previous link", "phone_number_id", b.number, "remote", r.RemoteAddr)
		old.cancel(errReplaced)
		<-old.done
	}
	var oldest int64
	if o := s.store.oldest(b.number); !o.IsZero() {
		oldest = o.Unix()
	}
	if err := conn.Send(proto.Welcome{PhoneNumberID: b.number, Backlog: uint64(max(backlog, 0)), OldestUnix: oldest}); err != nil {
		conn.Close(websocket.CloseGoingAway, "")
		s.detach(sess)
		return
	}
	s.log.Info("box connected", "phone_number_id", b.number, "remote", r.RemoteAddr, "software", hello.Software, "backlog", backlog)

	err = s.run(ctx, sess)
	cause := context.Cause(ctx)
	switch {
	case errors.Is(cause, errReplaced):
		_ = conn.Send(proto.Error{Code: proto.CodeReplaced, Message: "a newer connection for this box took over"})
		conn.Close(closeReplaced, "replaced")
	case errors.Is(cause, errShutdown):
		_ = conn.Send(proto.Error{Code: proto.CodeShutdown, Message: "relay restarting"})
		conn.Close(closeShutdown, "shutdown")
	default:
		conn.Close(websocket.CloseGoingAway, "")
	}
	s.detach(sess)
	s.log.Info("box disconnected", "phone_number_id", b.number, "err", err)
}

func (s *Server) detach(sess *session) {
	b := sess.box
	b.mu.Lock()
	if b.sess == sess {
		b.sess = nil
	}
	b.mu.Unlock()
}

func (s *Server) closeSessions() {
	s.mu.Lock()
	s.closing = true
	var ss []*session
	for _, b := range s.boxes {
		b.mu.Lock()
		if b.sess != nil {
			ss = append(ss, b.sess)
		}
		b.mu.Unlock()
	}
	s.mu.Unlock()
	for _, sess := range ss {
		sess.cancel(errShutdown)
		<-sess.done
	}
}

// run drives one session until the link breaks or ctx is cancelled: a
// sender of queued webhooks in order, an acker that commits
// acknowledgements in batches, a pinger, and the reader (this goroutine's
// callee).
func (s *Server) run(ctx context.Context, sess *session) error {
	ctx, cancel := context.WithCancelCause(ctx)
	var wg sync.WaitGroup
	fail := func(err error) { cancel(err) }
	wg.Add(3)
	go func() { defer wg.Done(); fail(s.send(ctx, sess)) }()
	go func() { defer wg.Done(); fail(s.ackLoop(ctx, sess)) }()
	go func() { defer wg.Done(); fail(s.ping(ctx, sess)) }()
	readErr := make(chan error, 1)
	go func() { readErr <- s.read(ctx, sess) }()
	var err error
	select {
	case err = <-readErr:
		cancel(err)
	case <-ctx.Done():
		err = context.Cause(ctx)
		sess.conn.StopReading()
		<-readErr
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Second):
		// A write stuck on a peer that stopped reading: cut the connection,
		// so a replacing connection does not wait for the write timeout (a
		// deadline set from here would be reset by the next write).
		_ = sess.conn.Underlying().Close()
		<-done
	}
	return err
}

// send writes every queued webhook after the last one sent, in order,
// keeping at most Window unacknowledged in flight.
func (s *Server) send(ctx context.Context, sess *session) error {
	b := sess.box
	var last uint64
	for {
		sess.mu.Lock()
		room := s.opts.Window - len(sess.inflight)
		sess.mu.Unlock()
		if room <= 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-sess.acked:
			}
			continue
		}
		qs, err := s.store.after(b.number, last, room)
		if err != nil {
			return fmt.Errorf("read queue: %w", err)
		}
		if len(qs) == 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-b.notify:
			case <-time.After(time.Minute): // belt and braces
			}
			continue
		}
		for _, q := range qs {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			sess.mu.Lock()
			sess.inflight[q.seq] = true
			sess.mu.Unlock()
			if err := sess.conn.SendRaw(q.frame); err != nil {
				return err
			}
			last = q.seq
		}
	}
}

// ackFlush bounds how long an acknowledgement waits before it is committed.
// An ack frees window space at once; its delete may wait, because losing
// it costs only a resend that the box recognises (it deduplicates by the
// body's digest). So acknowledgements share one transaction and one fsync
// every ackFlush (or every 512), not one each.
const ackFlush = 20 * time.Millisecond

// ackLoop commits acknowledgements in batches; on the way out it commits
// what it holds.
func (s *Server) ackLoop(ctx context.Context, sess *session) error {
	var batch []ackReq
	var flush <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			if len(batch) > 0 {
				return s.commitAcks(sess, batch)
			}
			return ctx.Err()
		case a := <-sess.acks:
			batch = append(batch, a)
			sess.mu.Lock()
			delete(sess.inflight, a.seq)
			sess.mu.Unlock()
			select {
			case sess.acked <- struct{}{}:
			default:
			}
			if flush == nil {
				flush = time.After(ackFlush)
			}
			if len(batch) < 512 {
				continue
			}
		case <-flush:
		}
		if err := s.commitAcks(sess, batch); err != nil {
			return err
		}
		batch, flush = nil, nil
	}
}

func (s *Server) commitAcks(sess *session, batch []ackReq) error {
	b := sess.box
	seqs := make([]uint64, len(batch))
	reasons := make([]string, len(batch))
	for i, a := range batch {
		seqs[i], reasons[i] = a.seq, a.reason
	}
	removed, err := s.store.remove(b.number, seqs, reasons, s.opts.Now())
	if err != nil {
		return fmt.Errorf("commit acks: %w", err)
	}
	b.mu.Lock()
	for i, ok := range removed {
		if !ok {
			continue
		}
		b.backlog--
		if reasons[i] != "" {
			b.rejected++
			b.lastReject = reasons[i]
		} else {
			b.delivered++
		}
	}
	b.mu.Unlock()
	return nil
}

func (s *Server) ping(ctx context.Context, sess *session) error {
	t := time.NewTicker(s.opts.PingInterval)
	defer t.Stop()
	for n := uint64(1); ; n++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		if err := sess.conn.Send(proto.Ping{Nonce: n}); err != nil {
			return err
		}
	}
}

// read handles the box's frames; a box silent for three ping intervals is
// gone.
func (s *Server) read(ctx context.Context, sess *session) error {
	b := sess.box
	var graph sync.WaitGroup
	defer graph.Wait()
	sem := make(chan struct{}, 8) // concurrent Graph calls per box
	for {
		f, err := sess.conn.Recv(time.Now().Add(3 * s.opts.PingInterval))
		if err != nil {
			return fmt.Errorf("read: %w", err)
		}
		b.mu.Lock()
		b.lastSeen = s.opts.Now()
		b.mu.Unlock()
		switch f := f.(type) {
		case proto.Ack:
			if err := s.queueAck(ctx, sess, ackReq{seq: f.Seq}); err != nil {
				return err
			}
		case proto.Nack:
			reason := f.Reason
			if reason == "" {
				reason = "refused"
			}
			s.log.Warn("box rejected a webhook: moved aside", "phone_number_id", b.number, "seq", f.Seq, "reason", reason)
			if err := s.queueAck(ctx, sess, ackReq{seq: f.Seq, reason: reason}); err != nil {
				return err
			}
		case proto.Ping:
			if err := sess.conn.Send(proto.Pong(f)); err != nil {
				return err
			}
		case proto.Pong:
		case proto.GraphRequest:
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			graph.Add(1)
			go func() {
				defer graph.Done()
				defer func() { <-sem }()
				resp := s.graph(ctx, b, f)
				_ = sess.conn.Send(resp) // a broken link fails the reader too
			}()
		case proto.Error:
			return f
		default:
			return fmt.Errorf("unexpected %s frame from box", f.Type())
		}
	}
}

func (s *Server) queueAck(ctx context.Context, sess *session, a ackReq) error {
	select {
	case sess.acks <- a:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
