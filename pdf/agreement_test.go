//go:build !js

package pdf_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cli"
	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/standards/standardstest"
)

// checkJSON runs the check command on a file and reads its report.
func checkJSON(t *testing.T, file []byte) standards.Report {
	t.Helper()
	name := filepath.Join(t.TempDir(), "check.json")
	require.NoError(t, os.WriteFile(name, file, 0o644))
	var out, errOut bytes.Buffer
	code := cli.Run([]string{"check", "-on", standardstest.On.String(), name}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	var r standards.Report
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	return r
}

// The check command's JSON and the PDF agree, for every file of the
// corpus, on each finding's verdict, the counts, the actions with their
// dates and order, and the items with their status (issue 12).
func TestPDFAgreesWithCheck(t *testing.T) {
	corpus, err := standardstest.Corpus("..", 12, 40)
	require.NoError(t, err)
	require.Greater(t, len(corpus), 40, "the example files and the generated ones")
	for _, c := range corpus {
		t.Run(c.Name, func(t *testing.T) {
			r := checkJSON(t, c.JSON)
			f, err := standards.Decode(c.JSON)
			require.NoError(t, err)
			want, err := json.Marshal(standards.Evaluate(f, standardstest.On))
			require.NoError(t, err)
			got, err := json.Marshal(r)
			require.NoError(t, err)
			require.JSONEq(t, string(want), string(got), "check prints the standards' report, which the app's summary shows (app/agreement_test.go)")
			var doc bytes.Buffer
			require.NoError(t, pdf.Write(&doc, pdf.Input{File: f, On: standardstest.On, Uncompressed: true}))
			pages := pdf.PageTexts(t, doc.Bytes())
			var checklist []string
			for _, p := range pages {
				if strings.HasPrefix(p, "smart self-check · Return checklist") {
					checklist = append(checklist, p)
				}
			}
			text := standardstest.Flat(strings.Join(checklist, "\n"))

			s := r.Summary
			counts := regexp.MustCompile(strconv.Itoa(s.NotAcceptable) + ` not acceptable (\? )?` +
				strconv.Itoa(s.Borderline) + ` borderline ` + strconv.Itoa(s.Acceptable) + ` acceptable ` +
				strconv.Itoa(len(r.AreasLeft())) + ` areas? still to check`)
			assert.Regexp(t, counts, text, "the counts")

			var findings, areas []string
			listed := map[string]bool{}
			for _, a := range r.Areas {
				listed[a.ID] = true
				areas = append(areas, strings.ToLower(a.Label+" "+a.Text()))
				for _, res := range r.Findings {
					if res.Area == a.ID {
						findings = append(findings, standards.VerdictText(res.Verdict)+" "+res.Title())
					}
				}
			}
			for _, res := range r.Findings {
				if !listed[res.Area] {
					findings = append(findings, standards.VerdictText(res.Verdict)+" "+res.Title())
				}
			}
			assert.Empty(t, standardstest.Missing(text, findings), "each finding's verdict, area by area")
			assert.Empty(t, standardstest.Missing(strings.ToLower(text), areas), "each area's status")

			var items []string
			for _, it := range r.Items {
				if it.Required {
					items = append(items, standardstest.Flat(it.Label+" "+it.When()+" "+it.HaveText()))
				}
			}
			assert.Empty(t, standardstest.Missing(text, items), "the items and their status")

			var actions []string
			for _, a := range r.Actions {
				actions = append(actions, standardstest.Flat("Due "+a.Due.Long()+" "+a.Text))
			}
			assert.Empty(t, standardstest.Missing(text, actions), "the actions, with their dates, in order")
		})
	}
}
