package main

import (
	"slices"
	"testing"
)

func TestSysmonEnv(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		environ []string
		want    []string // nil: not re-executed
	}{
		{"serve", []string{"serve"}, []string{"A=1", "FATOORA_DATA=/d"}, []string{"A=1", "FATOORA_DATA=/d", "GODEBUG=" + sysmonTrace}},
		{"serve with flags", []string{"serve", "--strict"}, []string{"A=1"}, []string{"A=1", "GODEBUG=" + sysmonTrace}},
		{"other settings kept", []string{"serve"}, []string{"GODEBUG=madvdontneed=1", "A=1"}, []string{"A=1", "GODEBUG=madvdontneed=1," + sysmonTrace}},
		{"already set (the re-executed box)", []string{"serve"}, []string{"GODEBUG=madvdontneed=1," + sysmonTrace}, nil},
		{"the operator's choice", []string{"serve"}, []string{"GODEBUG=schedtrace=0"}, nil},
		{"another subcommand", []string{"catalog", "import"}, []string{"A=1"}, nil},
		{"no subcommand", nil, []string{"A=1"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := sysmonEnv(tc.args, tc.environ)
			if ok != (tc.want != nil) || !slices.Equal(got, tc.want) {
				t.Errorf("sysmonEnv(%q, %q) = %q, %v; want %q", tc.args, tc.environ, got, ok, tc.want)
			}
		})
	}
}
