package main

import (
	"os"
	"strings"
	"syscall"
)

// sysmonTrace is the GODEBUG setting `fatoora serve` runs with: schedtrace
// at its largest period (2^31-1 ms, 24.8 days). The Go runtime's monitor
// thread (sysmon) goes into a deep sleep whenever every P is idle, and the
// first system call after it wakes it with its polling interval reset to
// 20 µs, for at least 50 polls; a box answering orders goes idle and wakes
// many times a second, and on the VM measured each poll is a context switch:
// 18–30 sleeps and 60–80 context switches per order, a tenth of its CPU
// (BENCHMARKS.md, branch h16f). With schedtrace set, sysmon never deep-sleeps
// (so that it can print the trace on time), so it is never woken that way:
// idle, it polls every 10 ms. The trace itself is printed once per period of
// the machine's uptime: one line to the log every 24.8 days.
const sysmonTrace = "schedtrace=2147483647"

// quietSysmon re-executes `fatoora serve` with sysmonTrace added to
// GODEBUG, which the runtime reads only at start. A GODEBUG that already
// sets schedtrace (the re-executed process, or an operator's choice, such
// as schedtrace=0 to turn this off) is left as it is, as is every other
// subcommand. If the executable cannot be found or executed the box runs
// as it is.
func quietSysmon() {
	env, ok := sysmonEnv(os.Args[1:], os.Environ())
	if !ok {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	_ = syscall.Exec(exe, os.Args, env) // returns only on failure
}

// sysmonEnv is environ with sysmonTrace added to GODEBUG, and whether the
// process should be re-executed with it.
func sysmonEnv(args, environ []string) ([]string, bool) {
	if len(args) == 0 || args[0] != "serve" {
		return nil, false
	}
	env := make([]string, 0, len(environ)+1)
	godebug := ""
	for _, kv := range environ {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok {
			godebug = v
			continue
		}
		env = append(env, kv)
	}
	for _, s := range strings.Split(godebug, ",") {
		if strings.HasPrefix(s, "schedtrace=") {
			return nil, false
		}
	}
	if godebug != "" {
		godebug += ","
	}
	return append(env, "GODEBUG="+godebug+sysmonTrace), true
}
