package pdf

import (
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

// The contact sheet, for the glovebox: the numbers to ring for road
// assistance, what to have ready, the car's cover, the other contacts and
// the complaint route.

func (d *doc) contacts() {
	d.part("Breakdown and contacts", "Breakdown and contacts",
		"Keep this page in the car. The numbers, cover and complaint route are as the smart documents give them.")
	d.callNumbers()
	d.callCard()
	d.cover()
	d.otherNumbers()
	d.complaints()
}

// callNumbers are the road assistance numbers, large, with the Retailer's
// details beside them when given.
func (d *doc) callNumbers() {
	calls := cover.CallList(nil)
	const cellH = 21.0
	rows := (len(calls) + 1) / 2
	h := 11 + float64(rows)*cellH
	if d.in.Retailer != nil {
		h += 19
	}
	d.room(h)
	y := d.GetY()
	d.SetDrawColor(ink, ink, ink)
	d.SetLineWidth(0.8)
	d.Rect(margin, y, textW, h, "D")
	d.SetFillColor(ink, ink, ink)
	d.Rect(margin, y, textW, 9, "F")
	d.SetXY(margin+3, y)
	d.font("B", 12, 255)
	d.CellFormat(textW-6, 9, d.text("Broken down? Ring smart road assistance: 24 hours a day, 7 days a week"), "", 0, "L", false, 0, "")
	for i, c := range calls {
		x := margin + 3 + float64(i%2)*(textW/2)
		cy := y + 11 + float64(i/2)*cellH
		d.SetXY(x, cy)
		d.write(x, textW/2-6, para{"B", 9, ink, c.Label, 0})
		d.SetXY(x, cy+cellH-11)
		d.font("B", 21, ink)
		d.CellFormat(textW/2-6, 9, d.text(c.Number), "", 0, "L", false, 0, "")
	}
	if r := d.in.Retailer; r != nil {
		ry := y + 11 + float64(rows)*cellH
		d.SetDrawColor(rule, rule, rule)
		d.SetLineWidth(0.3)
		d.Line(margin+3, ry-1, pageW-margin-3, ry-1)
		d.SetXY(margin+3, ry)
		d.write(margin+3, textW-6, para{"B", 9, ink, "Your smart Retailer: " + r.Name, 0})
		d.SetXY(margin+3, ry+4.5)
		d.font("B", 15, ink)
		d.CellFormat(textW/2-6, 7, d.fit(d.text(r.Phone), textW/2-8), "", 0, "L", false, 0, "")
		d.font("", 10, ink)
		d.CellFormat(textW/2, 7, d.fit(d.text(r.Email), textW/2-2), "", 0, "L", false, 0, "")
	}
	d.SetY(y + h + 2)
	n, _ := cover.NumberOf("uk")
	d.write(margin, textW, para{"", 7.5, muted, "Numbers: " + n.Source + "; " + mustNumber("international").Source + ".", 1})
}

func mustNumber(id string) cover.Number {
	n, ok := cover.NumberOf(id)
	if !ok {
		panic("pdf: cover has no number " + id)
	}
	return n
}

// callCard is what to have ready when ringing, filled in from the car where
// the check knows it.
func (d *doc) callCard() {
	v := d.in.File.Vehicle
	known := map[string]string{
		"vehicle":          strings.TrimSpace(strings.Join(nonEmpty(v.Model, v.Registration()), ", ")),
		"first-registered": long(v.FirstRegistered),
	}
	d.heading("Have this ready when you ring", 24)
	const labelW = 80.0
	for _, it := range cover.CallCard {
		val := known[it.ID]
		label := []para{{"B", 9, ink, it.Label, 0}, {"", 7.5, muted, it.Hint, 0}}
		h := max(d.height(labelW-2, label...), 8) + 2
		d.room(h)
		y := d.GetY()
		d.write(margin, labelW-2, label...)
		if val != "" {
			d.SetXY(margin+labelW, y)
			d.write(margin+labelW, textW-labelW, para{"B", 10.5, ink, val, 0})
		} else {
			d.SetDrawColor(muted, muted, muted)
			d.SetLineWidth(0.25)
			d.Line(margin+labelW, y+h-2, pageW-margin, y+h-2)
		}
		d.SetY(max(d.GetY(), y+h))
	}
	d.write(margin, textW, para{"", 7.5, muted, cover.CallCard[0].Source, 1})
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// cover is the car's road assistance on the day the document is made.
func (d *doc) cover() {
	on := d.in.On
	d.heading("Your road assistance cover on "+on.Long(), 20)
	a, err := cover.Assess(cover.Question{Car: cover.CarOf(&d.in.File.Vehicle), On: on})
	if err != nil {
		problem := err.Error()
		if fe, ok := field.As(err); ok {
			problem = fe.Problem
		}
		d.write(margin, textW, para{"B", 9.5, ink, "Cover could not be worked out from the check: " + problem +
			". Ring road assistance on the numbers above: they will tell you whether the car is covered.", 2})
		return
	}
	for _, s := range a.Schemes {
		state := "ACTIVE until " + s.Until.Long()
		switch {
		case !s.Active && s.Until.Before(on):
			state = "ENDED on " + s.Until.Long() + ". " + cover.NotActiveAdvice
		case !s.Active:
			state = "starts on " + s.From.Long() + ". " + cover.NotActiveAdvice
		}
		var lines []para
		for _, b := range s.Benefits {
			t := "• " + b.Title
			if b.Limit != "" {
				t += ": " + b.Limit
			}
			if !b.From.IsZero() {
				t += " (" + b.From.Long() + " to " + b.Until.Long() + ")"
			}
			lines = append(lines, para{"", 8.5, ink, t, 0.3})
		}
		head := []para{{"B", 10.5, ink, s.Scheme.String() + ": " + state, 0.4}, {"", 8.5, muted, s.Basis, 1}}
		d.room(d.height(textW, head...) + d.height(textW-4, lines[:min(2, len(lines))]...))
		d.write(margin, textW, head...)
		for _, l := range lines {
			d.room(d.height(textW-4, l))
			d.write(margin+4, textW-4, l)
		}
		d.Ln(2)
	}
	var countries []string
	for _, p := range cover.Places {
		if p.Kind == cover.Listed {
			countries = append(countries, p.Name)
		}
	}
	d.keep(margin, textW,
		para{"B", 9, ink, "Countries covered", 0.4},
		para{"", 8.5, ink, strings.Join(countries, ", ") + ". Not their overseas territories, and nowhere outside Europe.", 0.4},
		para{"", 7.5, muted, cover.Places[0].Source, 1})
}

// otherNumbers are the contacts other than road assistance.
func (d *doc) otherNumbers() {
	d.heading("Other contacts", 30)
	const numW = 42.0
	for _, id := range []string{"customer-services", "motor-insurance", "dvla-retention"} {
		n := mustNumber(id)
		label := n.Label
		if id == "customer-services" {
			for _, e := range cover.Emails {
				if e.ID == id {
					label += "; email " + e.Address
				}
			}
		}
		body := []para{{"B", 9, ink, label, 0.3}, {"", 8, muted, n.Hours, 0.3}, {"", 7.5, muted, n.Source, 0}}
		h := d.height(textW-numW, body...) + 2.5
		d.room(h)
		y := d.GetY()
		d.font("B", 13, ink)
		d.CellFormat(numW, 6, d.text(n.Display), "", 0, "L", false, 0, "")
		d.SetXY(margin+numW, y)
		d.write(margin+numW, textW-numW, body...)
		d.SetY(max(d.GetY(), y+6) + 2.5)
	}
}

// complaints is the booklet's complaint route, stage by stage, with the
// Stage 2 time limits and the addresses to write to.
func (d *doc) complaints() {
	d.heading("If you need to complain", 30)
	for _, s := range cover.ComplaintStages {
		text := s.Text
		var deadlines []para
		if s.Stage == 2 {
			text = "" // its promises, one by one:
			for _, dl := range cover.ComplaintDeadlines {
				limit := strconv.Itoa(dl.Weeks) + " weeks"
				if dl.WorkingDays > 0 {
					limit = strconv.Itoa(dl.WorkingDays) + " working days"
				}
				deadlines = append(deadlines, para{"", 8.5, ink, "• " + limit + ": " + dl.Promise, 0.3})
			}
		}
		var addrs []cover.Address
		for _, id := range s.Addresses {
			// An address the stage's own words already give in full is not printed twice.
			if a, ok := cover.AddressOf(id); ok && !strings.Contains(text, a.Lines[len(a.Lines)-1]) {
				addrs = append(addrs, a)
			}
		}
		body := []para{{"B", 9.5, ink, "Stage " + strconv.Itoa(s.Stage) + ": " + s.Title, 0.4}, {"", 8.5, ink, text, 0.6}}
		source := para{"", 7.5, muted, s.Source, 2}
		d.room(d.height(textW, body...) + d.height(textW-4, deadlines...) + d.addressesHeight(addrs) + d.height(textW, source))
		d.write(margin, textW, body...)
		d.write(margin+4, textW-4, deadlines...)
		d.addresses(addrs)
		d.write(margin, textW, source)
	}
}

const addrCols = 2

func (d *doc) addressParas(a cover.Address) []para {
	lines := nonEmpty(append(append([]string{}, a.Lines...), a.Web)...)
	return []para{
		{"B", 8.5, ink, a.Name, 0.2},
		{"", 8.5, ink, strings.Join(lines, "\n"), 0.3},
		{"I", 7.5, muted, a.Purpose, 0},
	}
}

func (d *doc) addressesHeight(addrs []cover.Address) float64 {
	h := 0.0
	for _, a := range addrs {
		h = max(h, d.height(textW/addrCols-4, d.addressParas(a)...))
	}
	return h + 2
}

// addresses prints postal addresses side by side.
func (d *doc) addresses(addrs []cover.Address) {
	if len(addrs) == 0 {
		return
	}
	y := d.GetY()
	w := textW / addrCols
	for i, a := range addrs {
		x := margin + float64(i%addrCols)*w
		d.SetDrawColor(rule, rule, rule)
		d.SetLineWidth(0.6)
		hh := d.height(w-4, d.addressParas(a)...)
		d.Line(x, y, x, y+hh)
		d.SetXY(x+2.5, y)
		d.write(x+2.5, w-4, d.addressParas(a)...)
	}
	d.SetY(y + d.addressesHeight(addrs))
}

func long(d date.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Long()
}
