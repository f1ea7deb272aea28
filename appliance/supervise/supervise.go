// Package supervise runs the box's long-lived services: each is a
// Serve(ctx) error, restarted with exponential backoff when it fails or
// panics, stopped for good when it returns a Permanent error, and all
// stopped together when the context is cancelled.
package supervise

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Service is a long-running part of the box. Serve returns when ctx is
// cancelled (then its error is ignored) or when it fails.
type Service interface {
	Serve(ctx context.Context) error
}

// Func adapts a function to Service.
type Func func(ctx context.Context) error

// Serve calls f.
func (f Func) Serve(ctx context.Context) error { return f(ctx) }

// PermanentError stops a service without restart; Hint tells the operator
// what to do.
type PermanentError struct {
	Err  error
	Hint string
}

func (e *PermanentError) Error() string {
	if e.Hint == "" {
		return e.Err.Error()
	}
	return e.Err.Error() + " (" + e.Hint + ")"
}
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent marks err as not worth retrying.
func Permanent(err error, hint string) error { return &PermanentError{Err: err, Hint: hint} }

// Options configure a Supervisor.
type Options struct {
	MinBackoff, MaxBackoff time.Duration // defaults 200ms, 30s
	// ResetAfter: a run that lasted this long resets the backoff (default 1m).
	ResetAfter time.Duration
	Logger     *slog.Logger
}

// ServiceState is what the supervisor knows about one service.
type ServiceState struct {
	Running   bool      `json:"running"`
	Restarts  int       `json:"restarts"`
	LastError string    `json:"last_error,omitempty"`
	Stopped   bool      `json:"stopped,omitempty"` // permanent failure
	Since     time.Time `json:"since"`
}

// Supervisor runs services.
type Supervisor struct {
	opts    Options
	log     *slog.Logger
	mu      sync.Mutex
	ctx     context.Context // set while serving
	wg      sync.WaitGroup
	pending []named
	states  map[string]*ServiceState
}

type named struct {
	name string
	svc  Service
}

// New makes a supervisor.
func New(opts Options) *Supervisor {
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 200 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 30 * time.Second
	}
	if opts.ResetAfter <= 0 {
		opts.ResetAfter = time.Minute
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Supervisor{opts: opts, log: opts.Logger.With("component", "supervise"), states: map[string]*ServiceState{}}
}

// Add registers a service; if the supervisor is already serving, it starts
// at once.
func (s *Supervisor) Add(name string, svc Service) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.states[name]; dup {
		panic("supervise: duplicate service " + name)
	}
	s.states[name] = &ServiceState{}
	if s.ctx == nil {
		s.pending = append(s.pending, named{name, svc})
		return
	}
	s.start(s.ctx, name, svc)
}

// States returns a copy of every service's state.
func (s *Supervisor) States() map[string]ServiceState {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]ServiceState, len(s.states))
	for n, st := range s.states {
		out[n] = *st
	}
	return out
}

// Serve runs every service until ctx is cancelled, then waits for all of
// them to return. It returns ctx.Err().
func (s *Supervisor) Serve(ctx context.Context) error {
	s.mu.Lock()
	if s.ctx != nil {
		s.mu.Unlock()
		return errors.New("supervise: already serving")
	}
	s.ctx = ctx
	for _, p := range s.pending {
		s.start(ctx, p.name, p.svc)
	}
	s.pending = nil
	s.mu.Unlock()
	<-ctx.Done()
	s.wg.Wait()
	return ctx.Err()
}

// start must be called with s.mu held.
func (s *Supervisor) start(ctx context.Context, name string, svc Service) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.loop(ctx, name, svc)
	}()
}

func (s *Supervisor) loop(ctx context.Context, name string, svc Service) {
	log := s.log.With("service", name)
	backoff := s.opts.MinBackoff
	failing := false
	for {
		s.update(name, func(st *ServiceState) { st.Running, st.Since = true, time.Now() })
		began := time.Now()
		var recovered *time.Timer
		if failing {
			recovered = time.AfterFunc(s.opts.ResetAfter, func() { log.Info("service recovered") })
		}
		err := run(ctx, svc)
		if recovered != nil {
			recovered.Stop()
		}
		s.update(name, func(st *ServiceState) { st.Running = false })
		if ctx.Err() != nil {
			return
		}
		if err == nil {
			err = errors.New("returned without error")
		}
		var perm *PermanentError
		if errors.As(err, &perm) {
			log.Error("service stopped permanently", "err", err)
			s.update(name, func(st *ServiceState) { st.Stopped, st.LastError = true, err.Error() })
			return
		}
		if time.Since(began) >= s.opts.ResetAfter {
			backoff, failing = s.opts.MinBackoff, false
		}
		if !failing {
			log.Warn("service failed; restarting with backoff", "err", err, "backoff", backoff)
		}
		failing = true
		s.update(name, func(st *ServiceState) { st.Restarts++; st.LastError = err.Error() })
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		backoff = min(backoff*2, s.opts.MaxBackoff)
	}
}

func (s *Supervisor) update(name string, f func(*ServiceState)) {
	s.mu.Lock()
	f(s.states[name])
	s.mu.Unlock()
}

func run(ctx context.Context, svc Service) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return svc.Serve(ctx)
}
