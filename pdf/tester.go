package pdf

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// The tester card: the standards' measured limits drawn at actual size, and
// a 100 mm ruler to check that the printer did not scale the page.

// rulerLength is the scale check, millimetres.
const rulerLength = 100.0

// scaleInstruction is printed above the ruler.
const scaleInstruction = "Print at 100% (actual size); this line must measure 100 mm"

// gauge is one limit drawn at actual size: a disc as wide as the limit, or
// a bar of width by the limit (tread) or as long as the limit by height. The
// size and the words on and beside it come from the engine's limit
// (standards.LimitOf), so the card says what the verdicts say.
type gauge struct {
	kind   string
	title  string // what is measured
	use    string // how to use the shape; %s is the limit
	disc   bool
	width  float64 // millimetres, for a bar whose height is the limit
	height float64 // millimetres, for a bar whose width is the limit
}

var gauges = []gauge{
	{kind: "glass.windscreen-chip", title: "Windscreen chip", disc: true,
		use: "A chip that this dot covers completely, without touching its edge, is less than %s."},
	{kind: "body.dent", title: "Dent", disc: true,
		use: "A dent that this disc covers completely, without touching its edge, is less than %s across."},
	{kind: "wheels.rim-scuff", title: "Wheel rim scuff", disc: true,
		use: "A scuff that this disc covers completely, without touching its edge, is under %s."},
	{kind: "bumpers.scuff", title: "Bumper scuff", height: 4,
		use: "Lay the bar along the scuff: up to the length of the bar (%s) is within the limit."},
	{kind: "wheels.tyre", title: "Tyre tread", width: 30,
		use: "This bar is %s tall: tread shallower than it, anywhere across the middle 75%% of the tyre, is below the limit. A tread depth gauge is more exact."},
}

// limit is the engine's limit of the gauge's kind; the data is checked by
// a test, so a missing limit is a programming error.
func (g gauge) limit() standards.Limit {
	l, ok := standards.LimitOf(g.kind)
	if !ok {
		panic("pdf: no limit for " + g.kind)
	}
	return l
}

// size is the shape's width and height, millimetres.
func (g gauge) size() (w, h float64) {
	l := g.limit().MM
	switch {
	case g.disc:
		return l, l
	case g.width > 0:
		return g.width, l
	}
	return l, g.height
}

// onTheLimit says what the engine decides for a size exactly on the limit.
func (g gauge) onTheLimit() string {
	l := g.limit()
	words := map[standards.Verdict]string{standards.Acceptable: "acceptable", standards.Borderline: "borderline: have it looked at",
		standards.NotAcceptable: "not acceptable"}[l.AtLimit]
	return "Exactly " + mm(l.MM) + ": " + words + "."
}

const (
	gaugeGrey    = 120 // dark enough to see the edge, light enough to save ink
	cardX, cardY = margin, 52.0
	cardW        = textW
	gaugeColW    = 62.0
)

func (d *doc) testerCard() {
	d.part("Tester card", "Tester card (actual size)",
		"Measure dents, chips and scuffs at the kerb against the limits of the Vehicle Return Standards. "+
			"Cut along the dashed line and keep the card with the car. Check the ruler first: if it is not 100 mm long, the printer has scaled the page and the sizes below are wrong.")
	d.SetY(cardY + 4)
	d.ruler(cardX + (cardW-rulerLength)/2)
	for _, g := range gauges {
		d.gauge(g)
	}
	d.Ln(2)
	d.write(cardX+4, cardW-8, para{"", 8, ink, "Measure across the widest part.", 0.5},
		para{"", 7.5, muted, "Limits: " + strings.Join(gaugeSources(), "; ") + ".", 0})
	end := d.GetY() + 4
	d.SetDrawColor(muted, muted, muted)
	d.SetLineWidth(0.3)
	d.SetDashPattern([]float64{2, 1.5}, 0)
	d.Rect(cardX, cardY, cardW, end-cardY, "D")
	d.SetDashPattern(nil, 0)
	d.font("", 7.5, muted)
	d.SetXY(cardX, end+1)
	d.CellFormat(cardW, 4, d.text("cut along the dashed line"), "", 0, "R", false, 0, "")
}

// ruler draws the 100 mm scale check starting at x: the line itself, with
// millimetre ticks below it and centimetres numbered.
func (d *doc) ruler(x float64) {
	d.font("B", 11, ink)
	d.SetX(x)
	d.CellFormat(rulerLength, 6, d.text(scaleInstruction), "", 1, "C", false, 0, "")
	y := d.GetY() + 2
	d.SetDrawColor(ink, ink, ink)
	d.SetLineWidth(0.6)
	d.Line(x, y, x+rulerLength, y)
	d.SetLineWidth(0.15)
	for i := 0; i <= int(rulerLength); i++ {
		tx := x + float64(i)
		h := 1.5
		switch {
		case i%10 == 0:
			h = 4
		case i%5 == 0:
			h = 2.7
		}
		d.Line(tx, y, tx, y+h)
	}
	d.font("", 7, ink)
	for cm := 0; cm <= int(rulerLength)/10; cm++ {
		d.SetXY(x+float64(cm)*10-3, y+4.2)
		d.CellFormat(6, 3, strconv.Itoa(cm*10), "", 0, "C", false, 0, "")
	}
	d.SetY(y + 10)
}

// gaugeSources are the sections the gauges' limits come from.
func gaugeSources() []string {
	var out []string
	for _, g := range gauges {
		k, _ := standards.KindByID(g.kind)
		for _, w := range k.Wording {
			if !slices.Contains(out, w.Source) {
				out = append(out, w.Source)
			}
		}
	}
	return out
}

// gauge draws one limit at actual size, with the rule it measures.
func (d *doc) gauge(g gauge) {
	k, _ := standards.KindByID(g.kind)
	l := g.limit()
	w, gh := g.size()
	body := []para{{"B", 10, ink, g.title + ": " + mm(l.MM), 0.5}, {"", 8.5, ink, fmt.Sprintf(g.use, mm(l.MM)) + " " + g.onTheLimit(), 0.5},
		{"I", 8, muted, k.Rule, 0}}
	h := max(d.height(cardW-gaugeColW-4, body...), gh) + 5
	y := d.GetY()
	d.SetDrawColor(rule, rule, rule)
	d.SetLineWidth(0.2)
	d.Line(cardX+4, y, cardX+cardW-4, y)
	top := y + 2.5
	d.SetFillColor(gaugeGrey, gaugeGrey, gaugeGrey)
	cx := cardX + 4 + gaugeColW/2
	if g.disc {
		d.Circle(cx, top+w/2, w/2, "F")
	} else {
		d.Rect(cx-w/2, top+1, w, gh, "F")
	}
	d.SetXY(cardX+gaugeColW+4, top)
	d.write(cardX+gaugeColW+4, cardW-gaugeColW-8, body...)
	d.SetY(y + h)
}
