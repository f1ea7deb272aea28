package config

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"fatoora/catalog/money"
)

// EnvConfigFile names the optional config file (also --config).
const EnvConfigFile = "FATOORA_CONFIG"

// Load registers every setting on fs (plus --config and the --*-file
// companions of secrets), parses args, and resolves the Options with the
// precedence flag > env > file > default. It does not call Validate.
// flag.ErrHelp is returned as is.
func Load(fs *flag.FlagSet, args []string, getenv func(string) string) (Options, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	o := Default()
	fields := o.Fields()
	flags := map[string]*rawFlag{}
	configFlag := &rawFlag{}
	fs.Var(configFlag, "config", "optional KEY=VALUE config file (env "+EnvConfigFile+")")
	for _, f := range fields {
		_, isBool := f.Ptr.(*bool)
		rf := &rawFlag{def: format(f.Ptr), isBool: isBool}
		flags[f.Env] = rf
		fs.Var(rf, f.Flag(), f.Help+" (env "+f.Env+")")
		if f.Secret {
			rff := &rawFlag{}
			flags[f.Env+"_FILE"] = rff
			fs.Var(rff, f.Flag()+"-file", "read "+f.Flag()+" from this file (env "+f.Env+"_FILE)")
		}
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}

	path := getenv(EnvConfigFile)
	if configFlag.set {
		path = configFlag.val
	}
	file := map[string]string{}
	if path != "" {
		var err error
		if file, err = readEnvFile(path, fields); err != nil {
			return o, err
		}
		o.ConfigFile = path
	}

	var errs []error
	listenSet := false
	for _, f := range fields {
		levels := []struct {
			name      string
			val, path string
			hasVal    bool
			hasPath   bool
		}{
			{name: "config file " + path},
			{name: "environment"},
			{name: "flags"},
		}
		levels[0].val, levels[0].hasVal = file[f.Env]
		levels[0].path, levels[0].hasPath = file[f.Env+"_FILE"]
		if v, ok := lookup(getenv, f.Env); ok {
			levels[1].val, levels[1].hasVal = v, true
		}
		if v, ok := lookup(getenv, f.Env+"_FILE"); ok && f.Secret {
			levels[1].path, levels[1].hasPath = v, true
		}
		if rf := flags[f.Env]; rf.set {
			levels[2].val, levels[2].hasVal = rf.val, true
		}
		if rf := flags[f.Env+"_FILE"]; rf != nil && rf.set {
			levels[2].path, levels[2].hasPath = rf.val, true
		}
		for _, l := range levels {
			if l.hasVal && l.hasPath {
				errs = append(errs, fmt.Errorf("%s: both %s and %s_FILE are set in the %s", f.Env, f.Env, f.Env, l.name))
				continue
			}
			v, ok := l.val, l.hasVal
			if l.hasPath {
				data, err := os.ReadFile(l.path)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s_FILE: %w", f.Env, err))
					continue
				}
				v, ok = strings.TrimRight(string(data), "\r\n"), true
			}
			if !ok {
				continue
			}
			if err := set(f.Ptr, v); err != nil {
				errs = append(errs, fmt.Errorf("%s (from %s): %w", f.Env, l.name, err))
			}
			listenSet = listenSet || f.Env == "FATOORA_LISTEN"
		}
	}
	if !listenSet && o.Mode() == Live {
		o.Server.Listen = LiveListen
	}
	return o, errors.Join(errs...)
}

func lookup(getenv func(string) string, key string) (string, bool) {
	v := getenv(key)
	return v, v != ""
}

// readEnvFile reads KEY=VALUE lines: blank lines and # comments are skipped,
// "export " is allowed, values may be wrapped in single or double quotes.
// Unknown keys are an error, so a typo does not silently fall back to a
// default.
func readEnvFile(path string, fields []Field) (map[string]string, error) {
	known := map[string]bool{}
	for _, f := range fields {
		known[f.Env] = true
		if f.Secret {
			known[f.Env+"_FILE"] = true
		}
	}
	return ReadFile(path, known)
}

// ReadFile reads a KEY=VALUE config file (# comments, an optional
// "export ", optional quotes, a BOM from Windows editors); a key not in
// known is an error naming its line. fatoora, fatoora-relay and fatoora-hq
// all read their --config files with it.
func ReadFile(path string, known map[string]bool) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want KEY=VALUE", path, n)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			if v[0] == '"' {
				if u, err := strconv.Unquote(v); err == nil {
					v = u
				} else {
					v = v[1 : len(v)-1]
				}
			} else {
				v = v[1 : len(v)-1]
			}
		}
		if !known[k] {
			return nil, fmt.Errorf("%s:%d: unknown setting %s", path, n, k)
		}
		out[k] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return out, nil
}

func set(ptr any, s string) error {
	s = strings.TrimSpace(s)
	switch p := ptr.(type) {
	case *string:
		*p = s
	case *int64:
		n, err := parseSize(s)
		if err != nil {
			return err
		}
		*p = n
	case *float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) {
			return fmt.Errorf("%q is not a number", s)
		}
		*p = f
	case *bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("%q is not true/false", s)
		}
		*p = b
	case *time.Duration:
		d, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("%q is not a duration like 30s or 5m", s)
		}
		*p = d
	case *money.BasisPoints:
		b, err := money.ParseBasisPoints(s)
		if err != nil {
			return err
		}
		*p = b
	default:
		return fmt.Errorf("config: unsupported field type %T", ptr)
	}
	return nil
}

// parseSize reads an integer with an optional KB/MB/KiB/MiB suffix.
func parseSize(s string) (int64, error) {
	mult := int64(1)
	t := strings.ToUpper(s)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"MIB", 1 << 20}, {"KIB", 1 << 10}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if strings.HasSuffix(t, u.suf) {
			mult, t = u.m, strings.TrimSpace(strings.TrimSuffix(t, u.suf))
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("%q is not a size like 3145728 or 3MB", s)
	}
	return n * mult, nil
}

func format(ptr any) string {
	switch p := ptr.(type) {
	case *string:
		return *p
	case *int64:
		return strconv.FormatInt(*p, 10)
	case *float64:
		return strconv.FormatFloat(*p, 'f', -1, 64)
	case *bool:
		return strconv.FormatBool(*p)
	case *time.Duration:
		return p.String()
	case *money.BasisPoints:
		return p.String()
	}
	return ""
}

// rawFlag records what was typed; resolution happens after all sources are
// known, so precedence does not depend on parse order.
type rawFlag struct {
	set    bool
	val    string
	def    string
	isBool bool
}

func (r *rawFlag) String() string {
	if r == nil {
		return ""
	}
	if r.set {
		return r.val
	}
	return r.def
}
func (r *rawFlag) Set(s string) error { r.set, r.val = true, s; return nil }
func (r *rawFlag) IsBoolFlag() bool   { return r.isBool }

// ParseTiers reads customer tier discounts: "vip=5%,trade=12.5%".
func ParseTiers(s string) (map[string]money.BasisPoints, error) {
	out := map[string]money.BasisPoints{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, rate, ok := strings.Cut(part, "=")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("%q: want name=rate", part)
		}
		bp, err := money.ParseBasisPoints(strings.TrimSpace(rate))
		if err != nil {
			return nil, fmt.Errorf("%q: %w", part, err)
		}
		out[strings.TrimSpace(name)] = bp
	}
	return out, nil
}
