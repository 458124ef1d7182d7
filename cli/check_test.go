package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// run runs the program with args and stdin, returning exit status and output.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const example = "../standards/testdata/full.json"

func TestCheckPrintsTheReport(t *testing.T) {
	code, out, errOut := run(t, "", "check", "-on", "2025-11-26", example)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)
	var r struct {
		AsOf, ReturnDate string
		DentAllowance    int
		Findings         []struct{ Kind, Verdict, Reason, Quote, Source string }
		Items            []struct {
			ID       string
			Required bool
			Have     *bool
		}
		Actions []struct{ ID, Due, Text string }
		Summary map[string]int
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, "2025-11-26", r.AsOf)
	assert.Equal(t, "2026-03-31", r.ReturnDate)
	assert.Equal(t, 4, r.DentAllowance)
	require.Len(t, r.Findings, 6)
	assert.Equal(t, "interior.burn", r.Findings[5].Kind)
	assert.Equal(t, "not-acceptable", r.Findings[5].Verdict)
	assert.Equal(t, map[string]int{"acceptable": 4, "not-acceptable": 1, "borderline": 1}, r.Summary, "001 Wheels and Tyres: a tyre whose brand is not said is borderline")
	assert.Equal(t, "mot", r.Actions[0].ID)
	assert.Contains(t, out, "Fair Wear & Tear", "not HTML-escaped")
	assert.True(t, strings.HasPrefix(out, "{\n  \"asOf\""), "indented")
}

// The issue: "check includes the same object as cover for the file's vehicle."
func TestCheckIncludesTheVehiclesCover(t *testing.T) {
	code, out, errOut := run(t, "", "check", "-on", "2025-11-26", example)
	require.Equal(t, exitOK, code, errOut)
	var r struct{ Cover json.RawMessage }
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	// The example car: first registered 2019-03-14, serviced 2025-02-01.
	code, want, errOut := run(t, "", "cover", "-registered", "2019-03-14", "-serviced", "2025-02-01", "-on", "2025-11-26")
	require.Equal(t, exitOK, code, errOut)
	assert.JSONEq(t, want, string(r.Cover))
	assert.Contains(t, string(r.Cover), `"name": "smart road assistance"`)
}

func TestCheckReadsStandardInput(t *testing.T) {
	b, err := os.ReadFile(example)
	require.NoError(t, err)
	code, out, _ := run(t, string(b), "check", "-on", "2025-11-26", "-")
	require.Equal(t, exitOK, code)
	_, fromFile, _ := run(t, "", "check", "-on", "2025-11-26", example)
	assert.Equal(t, fromFile, out)
}

func TestCheckWithoutOnUsesToday(t *testing.T) {
	code, out, _ := run(t, `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"}}`, "check", "-")
	require.Equal(t, exitOK, code)
	var r struct{ AsOf, ReturnDate string }
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.NotEmpty(t, r.AsOf)
	assert.Equal(t, r.AsOf, r.ReturnDate, "no agreementEnds: the return date is the check date")
}

func TestCheckBadInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.json")
	for _, tc := range []struct {
		clause string
		stdin  string
		args   []string
		want   string
	}{
		{"bad input names the field", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},"findings":[{"kind":"body.dent"},{"kind":"body.dent"},{"kind":"body.dent","sizeMm":-3}]}`,
			[]string{"-"}, "findings[2].sizeMm: must be between 0 and 1000"},
		{"a value the app lets the driver correct refuses the file here: there is no form", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},"findings":[{"kind":"body.dent","sizeMm":"big"}]}`,
			[]string{"-"}, "findings[0].sizeMm: must be a number"},
		{"001 lease&care: the electric drive's battery lease, said as the file names it", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","agreement":"lease-and-care"}}`,
			[]string{"-"}, "vehicle.powertrain: lease-and-care is a battery lease for the smart fortwo electric drive, so the powertrain must be electric, not petrol"},
		{"malformed JSON", `{"format":`, []string{"-"}, "not valid JSON at line 1, column 10: unexpected end of JSON input"},
		{"multi-line problems stay one line", "{\n\"format\": 1,\n}", []string{"-"}, "not valid JSON at line 3, column 1: invalid character '}' looking for beginning of object key string"},
		{"impossible -on date", "", []string{"-on", "2025-02-30", example}, `-on: "2025-02-30" is not a real date in the form YYYY-MM-DD`},
		{"check date before registration", `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"}}`,
			[]string{"-on", "2019-03-13", "-"}, "-on: the check date 13 March 2019 is before the car was first registered, on 14 March 2019"},
		{"no file", "", nil, "check: give one self-check file, or - to read standard input (usage: check [-on YYYY-MM-DD] FILE|-)"},
		{"two files", "", []string{example, example}, "check: give one self-check file, or - to read standard input (usage: check [-on YYYY-MM-DD] FILE|-)"},
		{"unknown flag", "", []string{"-at", "2025-01-01", example}, "check: flag provided but not defined: -at (usage: check [-on YYYY-MM-DD] FILE|-)"},
		{"missing file", "", []string{missing}, missing + ": no such file"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			code, out, errOut := run(t, tc.stdin, append([]string{"check"}, tc.args...)...)
			assert.Equal(t, exitBadInput, code)
			assert.Empty(t, out)
			assert.Equal(t, tc.want+"\n", errOut)
		})
	}
}

func findingsFile(n int, finding string) string {
	return `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},"findings":[` +
		strings.TrimSuffix(strings.Repeat(finding+",", n), ",") + `]}`
}

func TestCheckJudgesTheLargestFileAllowed(t *testing.T) {
	code, out, _ := run(t, findingsFile(standards.MaxFindingsPerArea, `{"kind":"body.dent","location":"roof","sizeMm":3,"onSwageLineOrEdge":false}`), "check", "-on", "2025-01-01", "-")
	require.Equal(t, exitOK, code)
	assert.Equal(t, standards.MaxFindingsPerArea-1, strings.Count(out, "Another dent on the same panel"), "one dent per panel")
}

// Past the limits, check and pdf refuse at once with one line.
func TestCommandsRefuseFilesPastTheLimits(t *testing.T) {
	dent := `{"kind":"body.dent","location":"roof","sizeMm":3}`
	for _, tc := range []struct{ clause, in, want string }{
		{"findings in total", findingsFile(1_000_000, `{}`), "-: the file is larger than 1 MB: a self-check holds no photos and is never that large"},
		{"findings in total", findingsFile(standards.MaxFindings+1, `{}`), "findings: 501 findings are more than any car has: at most 500"},
		{"findings an area", findingsFile(standards.MaxFindingsPerArea+1, dent), "findings: 101 findings in body and paint are more than any car has: at most 100 an area"},
	} {
		for _, cmd := range [][]string{{"check", "-"}, {"pdf", "-o", filepath.Join(t.TempDir(), "x.pdf"), "-"}} {
			code, out, errOut := run(t, tc.in, cmd...)
			assert.Equal(t, exitBadInput, code, tc.clause)
			assert.Empty(t, out, tc.clause)
			assert.Equal(t, tc.want+"\n", errOut, tc.clause)
		}
	}
}

func TestCheckAcceptsAByteOrderMark(t *testing.T) {
	code, _, errOut := run(t, "\ufeff"+findingsFile(1, `{"kind":"body.dent"}`), "check", "-on", "2025-01-01", "-")
	assert.Equal(t, exitOK, code, errOut)
}

// Issue 12: a valid file with vehicle.agreementEnds but no vehicle.agreement
// (only powertrain and firstRegistered are required) is checked, cover too.
func TestCheckAcceptsEveryValidVehicle(t *testing.T) {
	for _, tc := range []struct{ clause, vehicle string }{
		{"self-check file v1: agreementEnds without agreement", `{"powertrain":"petrol","firstRegistered":"2019-03-14","agreementEnds":"2026-03-31"}`},
		{"self-check file v1: agreementEnds with contract-hire", `{"powertrain":"diesel","firstRegistered":"2019-03-14","agreement":"contract-hire","agreementEnds":"2026-03-31"}`},
		{"self-check file v1: agreement none with agreementEnds", `{"powertrain":"petrol","firstRegistered":"2019-03-14","agreement":"none","agreementEnds":"2026-03-31"}`},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			code, out, errOut := run(t, `{"format":"smart-selfcheck","version":1,"vehicle":`+tc.vehicle+`}`, "check", "-on", "2025-11-26", "-")
			require.Equal(t, exitOK, code, errOut)
			assert.Contains(t, out, `"cover"`)
		})
	}
}
