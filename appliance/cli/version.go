package cli

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Set at link time by `make build` and `make deb` (-ldflags "-X
// fatoora/appliance/cli.version=... -X ...commit=... -X ...buildDate=...").
// Without them the commit comes from the VCS stamp the go command embeds.
var (
	version   = ""
	commit    = ""
	buildDate = ""
)

func init() {
	Register(Command{
		Name:    "version",
		Summary: "print the version, the commit and the build date",
		Run:     runVersion,
	})
}

// BuildInfo is what `fatoora version` prints.
type BuildInfo struct {
	Version   string // release version, or "dev"
	Commit    string // git commit the binary was built from, "+dirty" when the tree had changes
	CommitAt  string // the commit's time
	BuildDate string // when the binary was linked (make build / make deb), else unknown
	Go        string
}

// ReadBuildInfo reads the link-time variables and the VCS stamp the go
// command embeds when it builds inside a git checkout.
func ReadBuildInfo() BuildInfo {
	bi := BuildInfo{Version: version, Commit: "unknown", CommitAt: "unknown", BuildDate: buildDate, Go: runtime.Version()}
	if bi.Version == "" {
		bi.Version = "dev"
	}
	if bi.BuildDate == "" {
		bi.BuildDate = "unknown"
	}
	if commit != "" {
		bi.Commit = commit
	}
	info, ok := debug.ReadBuildInfo()
	if !ok || commit != "" {
		return bi
	}
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			bi.Commit = s.Value
		case "vcs.time":
			bi.CommitAt = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if dirty && bi.Commit != "unknown" {
		bi.Commit += "+dirty"
	}
	return bi
}

func runVersion(_ context.Context, args []string, stdio IO) error {
	fs := NewFlagSet("version", "Print the version, the git commit and the build date of this binary.", stdio)
	if err := fs.Parse(args); err != nil {
		return err
	}
	bi := ReadBuildInfo()
	at := ""
	if bi.CommitAt != "unknown" {
		at = " (" + bi.CommitAt + ")"
	}
	fmt.Fprintf(stdio.Stdout, "fatoora %s\ncommit     %s%s\nbuilt      %s\ngo         %s\n", bi.Version, bi.Commit, at, bi.BuildDate, bi.Go)
	return nil
}
