package pdf

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// The tester card is only useful at actual size: each shape is checked in
// the PDF's own units (points, 72 to the inch) on the card's page.
func TestTesterCardIsDrawnToScale(t *testing.T) {
	streams := pageStreams(t, render(t, Input{File: load(t, "full.json")}))
	card := paths(streams[len(streams)-1])
	const tol = 0.011 // points: fpdf writes lines and rectangles to 0.01 pt

	var radii, lines, widths, heights []float64
	for _, p := range card {
		if len(p.arcs) > 2 { // a closed curve of evenly spaced arcs: its centre is their mean
			cx, cy := 0.0, 0.0
			for _, e := range p.arcs {
				cx, cy = cx+e[0], cy+e[1]
			}
			n := float64(len(p.arcs))
			cx, cy = cx/n, cy/n
			r := math.Hypot(p.arcs[0][0]-cx, p.arcs[0][1]-cy)
			round := true
			for _, e := range p.arcs {
				round = round && math.Abs(math.Hypot(e[0]-cx, e[1]-cy)-r) < 0.001
			}
			if round {
				radii = append(radii, r)
			}
		}
		if p.lines == 1 && len(p.ends) == 2 {
			lines = append(lines, math.Hypot(p.ends[1][0]-p.ends[0][0], p.ends[1][1]-p.ends[0][1]))
		}
		for _, r := range p.rects {
			widths, heights = append(widths, math.Abs(r[2])), append(heights, math.Abs(r[3]))
		}
	}
	near := func(xs []float64, want float64) bool {
		for _, x := range xs {
			if math.Abs(x-want) <= tol {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		clause string
		found  []float64
		mm     float64
	}{
		{"a 100 mm ruler line", lines, 100},
		{"a 5 mm circle for windscreen chips (radius 2.5 mm)", radii, 2.5},
		{"a 13 mm circle for dents (radius 6.5 mm)", radii, 6.5},
		{"a 25 mm circle for wheel scuffs (radius 12.5 mm)", radii, 12.5},
		{"a 50 mm bar for bumper scuffs", widths, 50},
		{"a 1.6 mm tread mark", heights, 1.6},
	} {
		assert.True(t, near(tc.found, pt(tc.mm)), "%s: %.3f pt among %v", tc.clause, pt(tc.mm), tc.found)
	}
	text := flat(pageTexts(t, render(t, Input{File: load(t, "full.json")})))
	assert.Contains(t, text, "Print at 100% (actual size); this line must measure 100 mm")
}

// Each gauge is the limit its kind's rule states: the rule printed beside
// it names the same size.
func TestGaugesMatchTheRules(t *testing.T) {
	for _, g := range gauges {
		k, ok := standards.KindByID(g.kind)
		require.True(t, ok, g.kind)
		assert.Contains(t, k.Rule, mm(g.limit().MM), "%s: the rule names the gauge's size", g.kind)
	}
}

// The card's words for a size exactly on a limit are the engine's verdict
// for it: 001 Body and Paint: a 13 mm dent is not "less than 13mm", so not
// acceptable; 001 Bumpers: a 50 mm scuff is "up to 50mm", so acceptable.
func TestTesterCardSaysWhatTheEngineDecides(t *testing.T) {
	no, yes := false, true
	words := map[standards.Verdict]string{standards.Acceptable: ": acceptable.", standards.Borderline: ": borderline", standards.NotAcceptable: ": not acceptable."}
	for _, g := range gauges {
		at := g.limit().MM
		f := standards.Finding{Kind: g.kind, Location: "left door", Position: "spare", SizeMm: &at, TreadMm: &at,
			OnSwageLineOrEdge: &no, HighProfilePanel: &no, InDriversView: &no, Cracking: &no, AffectsAppearance: &no, PremiumBrand: &yes}
		file := &standards.File{Vehicle: standards.Vehicle{Powertrain: standards.Petrol, FirstRegistered: date.Of(2020, 1, 1)},
			Findings: []standards.Finding{f}}
		v := standards.Evaluate(file, date.Of(2021, 1, 1)).Findings[0].Verdict
		assert.Contains(t, g.onTheLimit(), words[v], "%s exactly on its limit is %s", g.kind, v)
	}
	dent := gauges[1]
	require.Equal(t, "body.dent", dent.kind)
	assert.Equal(t, "Exactly 13 mm: not acceptable.", dent.onTheLimit())
	text := flat(pageTexts(t, render(t, Input{File: load(t, "full.json")})))
	assert.NotContains(t, text, "A size exactly on a limit is borderline", "the card never contradicts the verdicts")
	assert.Contains(t, text, "Exactly 50 mm: acceptable.")
}
