package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// sixtyFindings is a check with 60 findings, four of them dents.
func sixtyFindings() string {
	panels := []string{"Left door", "Right door", "Roof", "Tailgate"}
	others := []string{
		`{"kind":"glass.windscreen-chip","sizeMm":3,"inDriversView":false,"cracking":false}`,
		`{"kind":"wheels.rim-scuff","position":"front-left","sizeMm":20}`,
		`{"kind":"bumpers.scuff","location":"rear bumper","sizeMm":40,"affectsAppearance":false}`,
		`{"kind":"interior.burn","location":"driver seat"}`,
		`{"kind":"luggage.scoring"}`,
	}
	var fs []string
	for i := 0; len(fs) < 60; i++ {
		if i%4 == 0 && i/4 < len(panels) {
			fs = append(fs, fmt.Sprintf(`{"kind":"body.dent","location":%q,"sizeMm":%d,"onSwageLineOrEdge":false}`, panels[i/4], 8+i%5))
			continue
		}
		fs = append(fs, others[i%len(others)])
	}
	return `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2021-03-14","agreementEnds":"2026-03-31"},
		"findings":[` + strings.Join(fs, ",") + `]}`
}

// BenchmarkCheckInput is the Go side of typing a dent's size in a 60-finding
// check: judging and saving the check, then rendering and diffing the screen
// (natively; the browser suite's BenchmarkCheckInput times it in wasm).
func BenchmarkCheckInput(b *testing.B) {
	s := newMemStore()
	s.items[keyCheck] = sixtyFindings()
	c := newCheckScreen().Store(s).Clock(clock)
	d := app.NewClientTester(c)
	defer d.Close()
	for _, step := range []string{"body", stepSummary} {
		b.Run(step, func(b *testing.B) {
			do(d, c, func(ctx app.Context) { c.step, c.editing = step, 0 })
			for i := 0; i < b.N; i++ {
				size := []string{"8", "20"}[i%2]
				do(d, c, func(app.Context) { c.change("findings[0].sizeMm", size) })
			}
		})
	}
}
