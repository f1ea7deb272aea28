// Package odootest is a loopback stand-in for Odoo's external JSON-RPC API
// (POST /jsonrpc): service "common" (login, version) and service "object"
// (execute_kw with search, search_count, read and create on any model),
// answering in Odoo's envelope {"jsonrpc": "2.0", "id", "result"} and, on
// failure, Odoo's error envelope {"error": {"code": 200, "message": "Odoo
// Server Error", "data": {"name": "odoo.exceptions.AccessDenied", ...}}}.
// Domains support "=", "!=" and "in" terms joined by implicit AND.
package odootest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"sync"
)

// Server is the stand-in. Records live in memory per model.
type Server struct {
	DB, Login, Password string
	UID                 int

	mu      sync.Mutex
	models  map[string]map[int]map[string]any
	nextID  int
	failing []string // exception names to answer with, one per call
	calls   []string
}

// New makes a stand-in for database db with one user.
func New(db, login, password string) *Server {
	return &Server{DB: db, Login: login, Password: password, UID: 2, models: map[string]map[int]map[string]any{}, nextID: 1}
}

// FailNext makes the next object calls fail with these Odoo exception
// names (e.g. "odoo.exceptions.ValidationError").
func (s *Server) FailNext(names ...string) {
	s.mu.Lock()
	s.failing = append(s.failing, names...)
	s.mu.Unlock()
}

// Records returns a model's records, by id order.
func (s *Server) Records(model string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []int
	for id := range s.models[model] {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var out []map[string]any
	for _, id := range ids {
		out = append(out, s.models[model][id])
	}
	return out
}

// Calls lists "service.method" or "model.method" of every call.
func (s *Server) Calls() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.calls...)
}

type request struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	ID      any    `json:"id"`
	Params  struct {
		Service string            `json:"service"`
		Method  string            `json:"method"`
		Args    []json.RawMessage `json:"args"`
	} `json:"params"`
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/jsonrpc" {
		http.NotFound(w, r)
		return
	}
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.JSONRPC != "2.0" || req.Method != "call" {
		s.reply(w, nil, nil, &rpcError{"werkzeug.exceptions.BadRequest", "invalid JSON-RPC request"})
		return
	}
	res, rerr := s.dispatch(req)
	s.reply(w, req.ID, res, rerr)
}

type rpcError struct{ name, msg string }

func (s *Server) reply(w http.ResponseWriter, id, result any, e *rpcError) {
	w.Header().Set("Content-Type", "application/json")
	out := map[string]any{"jsonrpc": "2.0", "id": id}
	if e != nil {
		out["error"] = map[string]any{"code": 200, "message": "Odoo Server Error", "data": map[string]any{
			"name": e.name, "debug": "Traceback (most recent call last):\n  ...\n" + e.name + ": " + e.msg,
			"message": e.msg, "arguments": []string{e.msg}, "context": map[string]any{},
		}}
	} else {
		out["result"] = result
	}
	_ = json.NewEncoder(w).Encode(out)
}

func (s *Server) dispatch(req request) (any, *rpcError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := req.Params
	str := func(i int) string {
		var v string
		if i < len(p.Args) {
			_ = json.Unmarshal(p.Args[i], &v)
		}
		return v
	}
	switch p.Service {
	case "common":
		s.calls = append(s.calls, "common."+p.Method)
		switch p.Method {
		case "version":
			return map[string]any{"server_version": "17.0", "protocol_version": 1}, nil
		case "login":
			if str(0) == s.DB && str(1) == s.Login && str(2) == s.Password {
				return s.UID, nil
			}
			return false, nil
		}
		return nil, &rpcError{"builtins.AttributeError", "no method " + p.Method}
	case "object":
		if p.Method != "execute_kw" && p.Method != "execute" {
			return nil, &rpcError{"builtins.AttributeError", "no method " + p.Method}
		}
		var uid int
		if len(p.Args) > 1 {
			_ = json.Unmarshal(p.Args[1], &uid)
		}
		if str(0) != s.DB || uid != s.UID || str(2) != s.Password {
			return nil, &rpcError{"odoo.exceptions.AccessDenied", "Access Denied"}
		}
		model, method := str(3), str(4)
		s.calls = append(s.calls, model+"."+method)
		if len(s.failing) > 0 {
			name := s.failing[0]
			s.failing = s.failing[1:]
			return nil, &rpcError{name, "simulated failure"}
		}
		var args []json.RawMessage
		if len(p.Args) > 5 {
			_ = json.Unmarshal(p.Args[5], &args)
		}
		var kw map[string]any
		if len(p.Args) > 6 {
			_ = json.Unmarshal(p.Args[6], &kw)
		}
		return s.execute(model, method, args, kw)
	}
	return nil, &rpcError{"builtins.KeyError", "no service " + p.Service}
}

func (s *Server) execute(model, method string, args []json.RawMessage, kw map[string]any) (any, *rpcError) {
	recs := s.models[model]
	switch method {
	case "search", "search_count":
		var domain []any
		if len(args) > 0 {
			if err := json.Unmarshal(args[0], &domain); err != nil {
				return nil, &rpcError{"builtins.ValueError", "invalid domain"}
			}
		}
		ids := []int{}
		for id, r := range recs {
			ok, err := match(r, domain)
			if err != nil {
				return nil, &rpcError{"builtins.ValueError", err.Error()}
			}
			if ok {
				ids = append(ids, id)
			}
		}
		sort.Ints(ids)
		if method == "search_count" {
			return len(ids), nil
		}
		if l, ok := kw["limit"].(float64); ok && int(l) < len(ids) {
			ids = ids[:int(l)]
		}
		return ids, nil
	case "read":
		var ids []int
		if len(args) > 0 {
			_ = json.Unmarshal(args[0], &ids)
		}
		out := []map[string]any{}
		for _, id := range ids {
			if r, ok := recs[id]; ok {
				out = append(out, r)
			}
		}
		return out, nil
	case "create":
		var vals map[string]any
		if len(args) == 0 || json.Unmarshal(args[0], &vals) != nil {
			return nil, &rpcError{"builtins.TypeError", "create() takes a dict of values"}
		}
		if model == "account.move" {
			if _, ok := vals["partner_id"].(float64); !ok {
				return nil, &rpcError{"odoo.exceptions.ValidationError", "a customer invoice needs a partner"}
			}
		}
		if recs == nil {
			recs = map[int]map[string]any{}
			s.models[model] = recs
		}
		id := s.nextID
		s.nextID++
		vals["id"] = id
		recs[id] = vals
		return id, nil
	}
	return nil, &rpcError{"builtins.AttributeError", fmt.Sprintf("type object '%s' has no attribute '%s'", model, method)}
}

func match(r map[string]any, domain []any) (bool, error) {
	for _, t := range domain {
		term, ok := t.([]any)
		if !ok {
			if op, isOp := t.(string); isOp && op == "&" {
				continue
			}
			return false, fmt.Errorf("unsupported domain term %v", t)
		}
		if len(term) != 3 {
			return false, fmt.Errorf("invalid domain term %v", term)
		}
		field, _ := term[0].(string)
		op, _ := term[1].(string)
		v := r[field]
		switch op {
		case "=":
			if fmt.Sprint(v) != fmt.Sprint(term[2]) {
				return false, nil
			}
		case "!=":
			if fmt.Sprint(v) == fmt.Sprint(term[2]) {
				return false, nil
			}
		case "in":
			list, _ := term[2].([]any)
			found := false
			for _, x := range list {
				if fmt.Sprint(v) == fmt.Sprint(x) {
					found = true
				}
			}
			if !found {
				return false, nil
			}
		default:
			return false, fmt.Errorf("unsupported operator %q", op)
		}
	}
	return true, nil
}
