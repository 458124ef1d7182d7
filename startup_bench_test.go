package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// initLine is a line of GODEBUG=inittrace=1: the package and its init's
// wall-clock time in milliseconds.
var initLine = regexp.MustCompile(`(?m)^init (\S+) @\S+ ms, ([0-9.]+) ms clock`)

// BenchmarkPackageInitUnderWasm is the work app.wasm does before main, and
// so before the first screen: each package's init, run by V8 under Node as
// the browser would (the first call of a function includes compiling it).
// It reports the init of cover, standards and every package together.
func BenchmarkPackageInitUnderWasm(b *testing.B) {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("needs Node.js")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Fatal(err)
	}
	runner := filepath.Join(string(goroot[:len(goroot)-1]), "lib", "wasm", "wasm_exec_node.js")
	wasm := filepath.Join(b.TempDir(), "app.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("%v: %s", err, out)
	}
	var cover, standards, all float64
	for b.Loop() {
		run := exec.Command(node, runner, wasm)
		run.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		out, _ := run.CombinedOutput() // main fails outside a browser; the inits have run by then
		for _, m := range initLine.FindAllStringSubmatch(string(out), -1) {
			ms, _ := strconv.ParseFloat(m[2], 64)
			all += ms
			switch m[1] {
			case "github.com/smart-selfcheck/selfcheck/cover":
				cover += ms
			case "github.com/smart-selfcheck/selfcheck/standards":
				standards += ms
			}
		}
	}
	if all == 0 {
		b.Fatal("no inittrace lines: the program did not start")
	}
	n := float64(b.N)
	b.ReportMetric(cover/n, "cover-init-ms")
	b.ReportMetric(standards/n, "standards-init-ms")
	b.ReportMetric(all/n, "all-init-ms")
	b.ReportMetric(0, "ns/op")
}
