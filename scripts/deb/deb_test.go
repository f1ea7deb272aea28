package deb

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance/config"
)

// buildDeb runs build.sh into a temporary directory and returns the .deb.
func buildDeb(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"dpkg-deb", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed: the package cannot be built here", tool)
		}
	}
	out := t.TempDir()
	cmd := exec.Command("./build.sh", out)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("build.sh: %v\n%s", err, b)
	}
	deb := strings.TrimSpace(string(b))
	if !strings.HasSuffix(deb, ".deb") {
		t.Fatalf("build.sh printed %q, want the .deb path", deb)
	}
	return deb
}

func TestDeb_Contents(t *testing.T) {
	deb := buildDeb(t)
	b, err := exec.Command("dpkg-deb", "--contents", deb).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"-rwxr-xr-x root/root", "./usr/bin/fatoora",
		"./lib/systemd/system/fatoora.service", "./etc/fatoora/fatoora.env", "./usr/share/doc/fatoora/README.md",
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("package lacks %s:\n%s", want, b)
		}
	}
	if strings.Contains(string(b), "/var/lib/fatoora") {
		t.Errorf("the package must not own the data directory (dpkg -r would remove it)")
	}
	info, err := exec.Command("dpkg-deb", "--field", deb, "Package", "Version", "Depends").Output()
	if err != nil || !strings.Contains(string(info), "Package: fatoora") {
		t.Fatalf("control: %v\n%s", err, info)
	}
	conf, err := exec.Command("dpkg-deb", "--ctrl-tarfile", deb).Output()
	if err != nil || !strings.Contains(string(conf), "conffiles") {
		t.Fatalf("the settings file must be a conffile (kept on upgrade): %v", err)
	}

	// The unit, pointed at the packaged binary, passes systemd's own check.
	if _, err := exec.LookPath("systemd-analyze"); err != nil {
		t.Skip("systemd-analyze not installed")
	}
	root := t.TempDir()
	if b, err := exec.Command("dpkg-deb", "-x", deb, root).CombinedOutput(); err != nil {
		t.Fatalf("dpkg-deb -x: %v\n%s", err, b)
	}
	unit, err := os.ReadFile(filepath.Join(root, "lib/systemd/system/fatoora.service"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ProtectSystem=strict", "NoNewPrivileges=true", "StateDirectory=fatoora", "User=fatoora", "serve --strict", "FATOORA_CONFIG=/etc/fatoora/fatoora.env"} {
		if !strings.Contains(string(unit), want) {
			t.Errorf("unit lacks %s", want)
		}
	}
	local := filepath.Join(t.TempDir(), "fatoora.service")
	os.WriteFile(local, []byte(strings.ReplaceAll(string(unit), "/usr/bin/fatoora", filepath.Join(root, "usr/bin/fatoora"))), 0o644)
	if b, err := exec.Command("systemd-analyze", "verify", local).CombinedOutput(); err != nil || len(strings.TrimSpace(string(b))) > 0 {
		t.Fatalf("systemd-analyze verify: %v\n%s", err, b)
	}
	if b, err := exec.Command(filepath.Join(root, "usr/bin/fatoora"), "version").Output(); err != nil || !strings.Contains(string(b), "commit") {
		t.Fatalf("fatoora version: %v\n%s", err, b)
	}
}

// TestDeb_EnvTemplate: the settings template names every setting, and with
// every line uncommented it is a config file fatoora accepts.
func TestDeb_EnvTemplate(t *testing.T) {
	src, err := os.ReadFile("fatoora.env")
	if err != nil {
		t.Fatal(err)
	}
	var o config.Options
	for _, f := range o.Fields() {
		if f.Env == "FATOORA_DATA" || f.Env == "FATOORA_STRICT" { // set by the unit
			continue
		}
		if !strings.Contains(string(src), "#"+f.Env+"=") && !strings.Contains(string(src), "#"+f.Env+"_FILE=") {
			t.Errorf("fatoora.env lacks %s", f.Env)
		}
	}
	var un strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#FATOORA_") {
			l = strings.TrimPrefix(l, "#")
			if k, _, _ := strings.Cut(l, "="); strings.HasSuffix(k, "_FILE") {
				p := filepath.Join(t.TempDir(), "secret")
				os.WriteFile(p, []byte("x\n"), 0o600)
				l = k + "=" + p
			}
		}
		un.WriteString(l + "\n")
	}
	file := filepath.Join(t.TempDir(), "fatoora.env")
	os.WriteFile(file, []byte(un.String()), 0o600)
	if _, err := config.Load(newFlagSet(), []string{"--config", file}, func(string) string { return "" }); err != nil {
		t.Fatalf("the uncommented template is not a valid config file: %v", err)
	}
}

// TestDeb_InstallRemove installs the package on this machine, checks the
// user, the data directory and that a half-configured box refuses to
// start, then removes it and checks the data stays. It changes the
// machine, so it runs only when FATOORA_TEST_DEB_INSTALL=1 (CI sets it).
func TestDeb_InstallRemove(t *testing.T) {
	if os.Getenv("FATOORA_TEST_DEB_INSTALL") != "1" {
		t.Skip("set FATOORA_TEST_DEB_INSTALL=1 (as root, on a disposable machine) to install the package")
	}
	if os.Geteuid() != 0 {
		t.Skip("installing a package needs root")
	}
	if err := exec.Command("dpkg", "-s", "fatoora").Run(); err == nil {
		t.Skip("a fatoora package is already installed here: not touching it")
	}
	deb := buildDeb(t)
	run := func(name string, args ...string) string {
		t.Helper()
		b, err := exec.Command(name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, b)
		}
		return string(b)
	}
	run("dpkg", "-i", deb)
	t.Cleanup(func() { exec.Command("dpkg", "--purge", "fatoora").Run() })

	u, err := user.Lookup("fatoora")
	if err != nil {
		t.Fatalf("no fatoora system user: %v", err)
	}
	if u.HomeDir != "/var/lib/fatoora" {
		t.Errorf("fatoora user's home is %s, want /var/lib/fatoora", u.HomeDir)
	}
	fi, err := os.Stat("/var/lib/fatoora")
	if err != nil || !fi.IsDir() {
		t.Fatalf("data directory: %v", err)
	}
	if b := run("stat", "-c", "%U %a", "/var/lib/fatoora"); strings.TrimSpace(b) != "fatoora 750" {
		t.Errorf("/var/lib/fatoora is %q, want fatoora 750", strings.TrimSpace(b))
	}
	if _, err := exec.LookPath("systemd-analyze"); err == nil {
		if b, err := exec.Command("systemd-analyze", "verify", "/lib/systemd/system/fatoora.service").CombinedOutput(); err != nil || len(strings.TrimSpace(string(b))) > 0 {
			t.Errorf("installed unit: systemd-analyze verify: %v\n%s", err, b)
		}
	}
	// The service's own command, as its user, with the shipped settings
	// (nothing filled in): --strict refuses, naming what is missing.
	cmd := exec.Command("runuser", "-u", "fatoora", "--", "/usr/bin/fatoora", "serve", "--strict")
	cmd.Env = []string{"FATOORA_CONFIG=/etc/fatoora/fatoora.env", "FATOORA_DATA=/var/lib/fatoora", "PATH=/usr/bin:/bin"}
	b, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || !strings.Contains(string(b), "FATOORA_WA_APP_SECRET") {
		t.Fatalf("packaged serve --strict with the template settings: %v\n%s", err, b)
	}

	// The shop's data survives removal (and purge).
	marker := "/var/lib/fatoora/fatoora.db.test-marker"
	if err := os.WriteFile(marker, []byte("invoices"), 0o600); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(marker)
	run("dpkg", "-r", "fatoora")
	if _, err := os.Stat("/usr/bin/fatoora"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("binary still installed after dpkg -r: %v", err)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("dpkg -r removed the data: %v", err)
	}
	run("dpkg", "--purge", "fatoora")
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("dpkg --purge removed the data: %v", err)
	}
}
