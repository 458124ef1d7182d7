package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// The return checklist: the car, a summary, every area of the standards in
// order with each finding and its verdict, the items to hand back, the
// actions due, and space to sign.

const notGiven = "not given"

func (d *doc) checklist(r standards.Report) {
	d.part("Return checklist", "Vehicle return checklist",
		"Your own check of the car against the smart Vehicle Return Standards (Fair Wear & Tear), area by area, "+
			"with the standards' wording for every finding. Take it with you when the car goes back.")
	d.labelled(vehicleDetails(&d.in.File.Vehicle, r))
	d.carFacts(r)
	d.summary(r)

	var other []int // findings outside the areas listed for this car
	listed := map[string]bool{}
	for _, a := range r.Areas {
		listed[a.ID] = true
	}
	for i, res := range r.Findings {
		if !listed[res.Area] {
			other = append(other, i)
		}
	}
	d.heading("Area by area", 20)
	for _, a := range r.Areas {
		var in []int
		for i, res := range r.Findings {
			if res.Area == a.ID {
				in = append(in, i)
			}
		}
		d.area(a.Label, a.Text(), a.Checked, in, r)
	}
	if len(other) > 0 {
		d.area("Other findings", fmt.Sprintf("%d outside the areas for this car", len(other)), true, other, r)
	}
	d.items(r.Items)
	d.actions(r)
	d.signatures()
}

func vehicleDetails(v *standards.Vehicle, r standards.Report) [][2]string {
	or := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return notGiven
		}
		return s
	}
	agreement := notGiven
	if info, ok := cover.AgreementOf(v.Agreement); ok {
		agreement = info.Name
	} else if v.Agreement == standards.NoAgreement {
		agreement = "none"
	}
	mileage := notGiven
	if v.Mileage != nil {
		mileage = thousands(*v.Mileage) + " miles"
	}
	returns := r.ReturnDate.Long()
	if v.AgreementEnds.IsZero() {
		returns += " (no end date given: the day of the check)"
	}
	return [][2]string{
		{"Registration", or(v.Registration())},
		{"Model", or(v.Model)},
		{"Powertrain", or(strings.ToLower(v.Powertrain.String()))},
		{"First registered", or(long(v.FirstRegistered))},
		{"Agreement", agreement},
		{"Return date", returns},
		{"Mileage", mileage},
		{"MOT expires", or(long(v.MOTExpires))},
		{"Last smart service", or(long(v.LastOfficialService))},
		{"Full service history", yesNo(v.FullServiceHistory)},
		{"Cherished plate", yesNo(v.CherishedPlate)},
		{"Checked on", r.AsOf.Long()},
	}
}

func yesNo(b *bool) string {
	switch {
	case b == nil:
		return notGiven
	case *b:
		return "yes"
	}
	return "no"
}

// thousands writes n rounded to a whole number with thousands separators.
func thousands(n float64) string {
	s := strconv.FormatFloat(n, 'f', 0, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// mm writes a measurement in millimetres.
func mm(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + " mm" }

// carFacts says what the car's details change, as the screen says it.
func (d *doc) carFacts(r standards.Report) {
	facts := standards.CarFacts(&d.in.File.Vehicle, &r, func(string) bool { return false })
	d.room(float64(len(facts))*4.5 + 6)
	d.write(margin, textW, para{"B", 9, ink, "What your details change", 0.6})
	for _, f := range facts {
		d.write(margin, textW, para{"", 8.5, ink, "– " + f, 0.4})
	}
}

func (d *doc) summary(r standards.Report) {
	type cell struct {
		n     int
		label string
		v     standards.Verdict
	}
	var cells []cell
	for _, t := range r.Summary.Tallies() {
		cells = append(cells, cell{t.N, t.Words, t.Verdict})
	}
	left := len(r.AreasLeft())
	cells = append(cells, cell{left, plural(left, "area", "areas") + " still to check", 0})
	const h = 19.0
	d.room(h + 12)
	d.Ln(2)
	y := d.GetY()
	w := textW / float64(len(cells))
	for i, c := range cells {
		x := margin + float64(i)*w
		d.SetFillColor(shade, shade, shade)
		d.Rect(x, y, w-2, h, "F")
		d.mark(c.v, x+3, y+3.2, 5.5)
		d.SetXY(x+10, y+1.5)
		d.font("B", 20, ink)
		d.CellFormat(w-13, 9, strconv.Itoa(c.n), "", 0, "L", false, 0, "")
		d.SetXY(x+3, y+11)
		d.font("B", 8.5, ink)
		d.MultiCell(w-6, 3.8, d.text(c.label), "", "L", false)
	}
	d.SetY(y + h + 2)
	charges := ""
	for _, rule := range standards.Contents().Rules {
		if rule.ID == "charges" {
			charges = "“" + rule.Text + ".” " + rule.Source
		}
	}
	d.write(margin, textW,
		para{"", 8.5, muted, "Borderline means the documents leave a gap or something was not recorded: have it looked at before the return. " + charges, 2})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

const (
	barH     = 7.0  // an area's heading bar, millimetres
	markColW = 40.0 // the verdict column of a finding
)

// area prints an area's heading bar and its findings; an area not checked
// says so and is never shown as passed.
func (d *doc) area(label, status string, checked bool, findings []int, r standards.Report) {
	first := 8.0
	if len(findings) > 0 {
		first = d.findingHeight(findings[0], r)
	}
	d.room(barH + first + 1)
	y := d.GetY()
	d.SetFillColor(shade, shade, shade)
	d.Rect(margin, y, textW, barH, "F")
	d.SetXY(margin+2, y)
	d.font("B", 10.5, ink)
	d.CellFormat(textW*0.55, barH, d.text(label), "", 0, "L", false, 0, "")
	d.font("", 9, ink)
	if !checked {
		d.font("B", 9, ink)
		status = strings.ToUpper(status)
	}
	d.CellFormat(textW*0.45-4, barH, d.text(status), "", 1, "R", false, 0, "")
	d.Ln(1)
	if !checked {
		y := d.GetY()
		d.notCheckedMark(margin+2, y+0.5, 5)
		d.SetXY(margin+markColW, y)
		d.write(margin+markColW, textW-markColW, para{"", 9, ink,
			"Not checked yet: look over this area before the car goes back. It is not counted as passed.", 2})
		return
	}
	if len(findings) == 0 {
		d.write(margin+markColW, textW-markColW, para{"", 9, muted, "Nothing found.", 2})
		return
	}
	for _, i := range findings {
		d.finding(i, r)
	}
}

// findingParas are the words of one finding: what and where, what was
// measured, the driver's note, why, and the standard's wording and source.
func (d *doc) findingParas(i int, r standards.Report) []para {
	res := r.Findings[i]
	fd := d.in.File.Findings[i]
	title := res.Title()
	quote := ""
	if res.Quote != "" {
		quote = "The standards: “" + res.Quote + "”"
	}
	note := ""
	if strings.TrimSpace(fd.Note) != "" {
		note = "Your note: " + fd.Note
	}
	return []para{
		{"B", 10, ink, title, 0.6},
		{"", 9, ink, standards.FactsText(standards.Facts(&fd)), 0.6},
		{"I", 9, ink, note, 0.6},
		{"", 9, ink, res.Reason, 0.6},
		{"I", 8.5, muted, quote, 0.3},
		{"", 7.5, muted, res.Source, 0},
	}
}

func (d *doc) findingHeight(i int, r standards.Report) float64 {
	h := d.height(textW-markColW-d.thumbRoom(&d.in.File.Findings[i]), d.findingParas(i, r)...)
	if len(d.in.File.Findings[i].Photos) > 0 {
		h = max(h, thumbW+5) // a thumbnail and its line under it
	}
	return max(h, 12) + 3
}

// finding prints one finding as a row that is never split across pages
// (unless it is taller than a page).
func (d *doc) finding(i int, r standards.Report) {
	d.room(d.findingHeight(i, r))
	y := d.GetY()
	v := r.Findings[i].Verdict
	d.mark(v, margin+2, y+0.5, 5)
	d.SetXY(margin+9, y+0.3)
	d.write(margin+9, markColW-10, para{"B", 8.5, ink, standards.VerdictText(v), 0})
	d.SetXY(margin+markColW, y)
	fd := &d.in.File.Findings[i]
	d.write(margin+markColW, textW-markColW-d.thumbRoom(fd), d.findingParas(i, r)...)
	textEnd := d.GetY()
	end := max(textEnd, y+d.thumb(fd, y), y+12) + 1.5
	if d.PageNo() > 0 && end < pageH-bottom {
		d.SetDrawColor(rule, rule, rule)
		d.SetLineWidth(0.2)
		d.Line(margin, end, pageW-margin, end)
	}
	d.SetY(end + 1.5)
}

// mark draws a verdict's sign, s millimetres across, that reads in black and
// white: acceptable a tick in a ring, not acceptable a white cross on a black
// disc, borderline a "?" in a triangle; the zero verdict (areas not checked)
// an empty dashed square.
func (d *doc) mark(v standards.Verdict, x, y, s float64) {
	d.SetDrawColor(ink, ink, ink)
	d.SetFillColor(ink, ink, ink)
	d.SetLineWidth(0.35)
	cx, cy, r := x+s/2, y+s/2, s/2
	switch v {
	case standards.Acceptable:
		d.Circle(cx, cy, r-0.2, "D")
		d.tick(x+s*0.25, y+s*0.52, s*0.5)
	case standards.NotAcceptable:
		d.Circle(cx, cy, r, "F")
		d.SetDrawColor(255, 255, 255)
		d.SetLineWidth(s * 0.1)
		o := s * 0.27
		d.Line(cx-o, cy-o, cx+o, cy+o)
		d.Line(cx-o, cy+o, cx+o, cy-o)
		d.SetDrawColor(ink, ink, ink)
	case standards.Borderline:
		d.Polygon([]fpdf.PointType{{X: cx, Y: y}, {X: x + s, Y: y + s}, {X: x, Y: y + s}}, "D")
		d.font("B", s*2, ink)
		d.SetXY(x, y+s*0.3)
		d.CellFormat(s, s*0.7, "?", "", 0, "C", false, 0, "")
	default:
		d.notCheckedMark(x, y, s)
	}
}

func (d *doc) notCheckedMark(x, y, s float64) {
	d.SetDrawColor(ink, ink, ink)
	d.SetLineWidth(0.3)
	d.SetDashPattern([]float64{0.8, 0.6}, 0)
	d.Rect(x, y, s, s, "D")
	d.SetDashPattern(nil, 0)
}

// items lists the items the car must go back with, as tick boxes; the box
// is ticked when the driver said they have it.
func (d *doc) items(items []standards.ItemStatus) {
	var required []standards.ItemStatus
	for _, it := range items {
		if it.Required {
			required = append(required, it)
		}
	}
	d.heading("Items to hand back with the car", 7*3)
	const colW = textW / 2
	for i := 0; i < len(required); i += 2 {
		row := required[i:min(i+2, len(required))]
		h := 0.0
		for _, it := range row {
			h = max(h, d.height(colW-9, itemParas(it)...))
		}
		room := h + 1.5
		if i+2 >= len(required) {
			room += 5 // the source, kept with the last row
		}
		d.room(room)
		y := d.GetY()
		for j, it := range row {
			x := margin + float64(j)*colW
			d.box(x, y+0.6, 4.5, it.Have != nil && *it.Have)
			d.SetXY(x+6, y)
			d.write(x+6, colW-9, itemParas(it)...)
		}
		d.SetY(y + h + 1.5)
	}
	d.write(margin, textW, para{"", 7.5, muted, standards.Contents().Items[0].Source, 1})
}

func itemParas(it standards.ItemStatus) []para {
	status := para{"", 8, muted, it.HaveText(), 0}
	if it.Have != nil && !*it.Have {
		status.style, status.grey = "B", ink
	}
	return []para{{"B", 9.5, ink, it.Label, 0}, {"", 8, muted, it.When(), 0}, status}
}

func (d *doc) actions(r standards.Report) {
	const dueW = 40.0
	first := 10.0
	if len(r.Actions) > 0 {
		first = d.height(textW-dueW, para{"", 9, ink, r.Actions[0].Text, 1})
	}
	d.heading("Before the return date", first)
	if len(r.Actions) == 0 {
		d.write(margin, textW, para{"", 9, ink, "Nothing else is due before " + r.ReturnDate.Long() + ", from what was recorded.", 2})
		return
	}
	for _, a := range r.Actions {
		body := []para{{"", 9, ink, a.Text, 0.4}, {"", 7.5, muted, a.Source, 0}}
		h := d.height(textW-dueW, body...) + 2.5
		d.room(h)
		y := d.GetY()
		d.box(margin, y+0.3, 4, false)
		d.SetXY(margin+6, y)
		d.font("B", 9, ink)
		d.MultiCell(dueW-7, 4, d.text("Due "+a.Due.Long()), "", "L", false)
		d.SetXY(margin+dueW, y)
		d.write(margin+dueW, textW-dueW, body...)
		d.SetY(max(d.GetY(), y+8) + 2.5)
	}
}

// signatures is the space to sign when the car is handed over.
func (d *doc) signatures() {
	d.heading("Handed over", 44)
	d.write(margin, textW, para{"", 9, muted,
		"Sign when the car is collected, and keep this checklist with your agreement papers.", 3})
	const colW = textW/2 - 4
	y := d.GetY()
	for j, who := range []string{"Driver", "Collected by (smart Retailer or collection agent)"} {
		x := margin + float64(j)*(colW+8)
		d.SetXY(x, y)
		d.font("B", 9.5, ink)
		d.CellFormat(colW, 5, d.text(who), "", 0, "L", false, 0, "")
		d.writeIn(x, y+4, colW, "Name")
		d.writeIn(x, y+15, colW, "Signature")
		d.writeIn(x, y+26, colW*0.55, "Date")
		d.writeIn(x+colW*0.6, y+26, colW*0.4, "Mileage")
	}
	d.SetY(y + 40)
}
