package standards

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// Any input either fails to decode with a named problem, or decodes,
// evaluates to one result per finding, and survives a round trip.
func FuzzDecodeEvaluate(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/*.json")
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(withFinding(`{"kind":"wheels.tyre","position":"front-left","treadMm":1.6,"brand":"a","size":"b"}`)))
	f.Add([]byte(withFinding(`{"kind":"glass.windscreen-chip","sizeMm":5}`)))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, problems := Parse(b)
		if len(problems) > 0 {
			unreadable := false
			for _, p := range problems {
				if p.Problem == "" {
					t.Fatalf("problem without words at %q", p.Path)
				}
				if p.Kind < Unreadable || p.Kind > Invalid {
					t.Fatalf("problem without a kind: %v", p)
				}
				unreadable = unreadable || p.Kind == Unreadable
			}
			if unreadable != (file == nil) {
				t.Fatalf("a file is returned exactly when no problem is unreadable: %v", problems)
			}
			if file != nil {
				Evaluate(file, d(2025, 1, 1)) // the app evaluates drafts too
			}
			return
		}
		r := Evaluate(file, d(2025, 1, 1))
		if len(r.Findings) != len(file.Findings) {
			t.Fatalf("%d results for %d findings", len(r.Findings), len(file.Findings))
		}
		for i, res := range r.Findings {
			if res.Verdict.String() == "" || res.Reason == "" || res.Quote == "" {
				t.Fatalf("finding %d: incomplete result %+v", i, res)
			}
		}
		out, err := file.Encode()
		if err != nil {
			t.Fatal(err)
		}
		again, err := Decode(out)
		if err != nil {
			t.Fatalf("encoded file does not decode: %v\n%s", err, out)
		}
		out2, err := again.Encode()
		if err != nil || string(out2) != string(out) {
			t.Fatalf("round trip changed the file:\n%s\n%s", out, out2)
		}
	})
}
