package pdf

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// BenchmarkWrite40Findings makes the whole document for a check of 40
// findings, compressed as the browser makes it. Run it under wasm too:
// GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$' -bench . ./pdf/
func BenchmarkWrite40Findings(b *testing.B) {
	f := load(b, "full.json")
	kinds := []string{"body.dent", "glass.windscreen-chip", "wheels.rim-scuff", "bumpers.scuff", "interior.burn"}
	size := 12.0
	for i := len(f.Findings); i < 40; i++ {
		f.Findings = append(f.Findings, standards.Finding{Kind: kinds[i%len(kinds)], Location: fmt.Sprintf("panel %d", i),
			SizeMm: &size, Note: "found on the walk round, photographed"})
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, Input{File: f, On: on}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteLongRegistration makes the document with a registration of
// 25,000 characters, cut to fit on every page's running head: fit is linear.
func BenchmarkWriteLongRegistration(b *testing.B) {
	f := load(b, "full.json")
	f.Vehicle.RegistrationNumber = strings.Repeat("W", 25000)
	for b.Loop() {
		if err := Write(io.Discard, Input{File: f, On: on}); err != nil {
			b.Fatal(err)
		}
	}
}
