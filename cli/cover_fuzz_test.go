package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// Whatever the flags hold, cover answers with JSON and exit 0, or exit 2
// and one line on standard error.
func FuzzCoverFlags(f *testing.F) {
	f.Add("2019-03-14", "2024-01-10", "2025-06-01", "France", "contract-hire", "", "", "2025-06-01", "")
	f.Add("2019-02-30", "", "", "Isle of Man", "lease-and-care", "2026-01-01", "petrol", "", "")
	f.Add("0001-01-01", "2018-01-01", "2101-01-01", "\xff", "pcp", "x", "steam", "-1", "extra")
	f.Fuzz(func(t *testing.T, registered, serviced, on, country, agreement, ends, powertrain, start, extra string) {
		args := []string{"cover", "-registered", registered}
		for _, fl := range [][2]string{{"-serviced", serviced}, {"-on", on}, {"-country", country}, {"-agreement", agreement},
			{"-agreement-ends", ends}, {"-powertrain", powertrain}, {"-start", start}} {
			if fl[1] != "" {
				args = append(args, fl[0], fl[1])
			}
		}
		if extra != "" {
			args = append(args, extra)
		}
		var out, errOut strings.Builder
		switch code := Run(args, strings.NewReader(""), &out, &errOut); code {
		case exitOK:
			if !json.Valid([]byte(out.String())) || errOut.Len() > 0 {
				t.Fatalf("%q: exit 0 with %q and %q", args, out.String(), errOut.String())
			}
		case exitBadInput:
			if out.Len() > 0 || strings.Count(errOut.String(), "\n") != 1 || !strings.HasSuffix(errOut.String(), "\n") {
				t.Fatalf("%q: exit 2 with %q and %q", args, out.String(), errOut.String())
			}
		default:
			t.Fatalf("%q: exit %d: %s", args, code, errOut.String())
		}
	})
}
