package app

import (
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/standards/standardstest"
)

// summaryText is the summary step of the check held in file, judged on
// standardstest.On, as the driver reads it: the words without the markup.
func summaryText(t *testing.T, file []byte) string {
	t.Helper()
	f, err := standards.Decode(file)
	require.NoError(t, err)
	s := newMemStore()
	require.NoError(t, saveCheck(s, f, time.Now()))
	c := newCheckScreen().Store(s).Clock(standardstest.On.Time)
	d := app.NewClientTester(c)
	t.Cleanup(d.Close)
	u, _ := url.Parse("/check?step=" + stepSummary)
	d.Nav(u)
	d.Consume()
	text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(rendered(c), " ")
	return strings.Join(strings.Fields(html.UnescapeString(text)), " ")
}

// reportJSON is the standards' report of a file as the check command
// prints it (pdf/agreement_test.go shows the command prints exactly this):
// the cli imports app, so the app's tests cannot run it.
func reportJSON(t *testing.T, file []byte) standards.Report {
	t.Helper()
	f, err := standards.Decode(file)
	require.NoError(t, err)
	b, err := json.Marshal(standards.Evaluate(f, standardstest.On))
	require.NoError(t, err)
	var r standards.Report
	require.NoError(t, json.Unmarshal(b, &r))
	return r
}

// The check command's report and the app's summary agree, for every file of
// the corpus, on each finding's verdict, the counts, the actions with their
// dates and order, and the items with their status (issue 12). The PDF's
// side is pdf/agreement_test.go; e2e/agreement_test.go reads the summary
// in the browser for the example files.
func TestSummaryAgreesWithCheck(t *testing.T) {
	corpus, err := standardstest.Corpus("..", 12, 40)
	require.NoError(t, err)
	require.Greater(t, len(corpus), 40, "the example files and the generated ones")
	for _, c := range corpus {
		t.Run(c.Name, func(t *testing.T) {
			r := reportJSON(t, c.JSON)
			text := summaryText(t, c.JSON)

			assert.Empty(t, standardstest.Missing(text, []string{standardstest.SummaryCounts(r)}), "the counts")

			assert.Empty(t, standardstest.Missing(text, standardstest.SummaryActions(r)), "the actions, with their dates, in order")

			var findings []string
			for _, v := range standards.Gravest {
				n := 0
				var group []string
				for _, res := range r.Findings {
					if res.Verdict == v {
						n++
						group = append(group, standardstest.Flat(standards.VerdictSymbol(v)+" "+standards.VerdictText(v)+" "+res.Title()))
					}
				}
				if n > 0 {
					findings = append(findings, standards.VerdictHeading(v)+" ("+strconv.Itoa(n)+")")
					findings = append(findings, group...)
				}
			}
			assert.Empty(t, standardstest.Missing(text, findings), "each finding's verdict, gravest first")

			answers := text[strings.Index(text, "Check your answers"):]
			var rows []string
			for _, a := range r.Areas {
				rows = append(rows, a.Label+" "+standards.VerdictSymbol(a.Verdict())+" "+a.Text())
			}
			for _, it := range r.Items {
				if it.Required {
					rows = append(rows, it.Label+" "+it.HaveText())
				}
			}
			assert.Empty(t, standardstest.Missing(answers, rows), "each area's status, then the items and their status")
		})
	}
}
