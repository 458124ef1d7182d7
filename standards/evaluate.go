package standards

import (
	"slices"

	"github.com/smart-selfcheck/selfcheck/date"
)

// Report is what the standards say about a self-check. The cli and app may
// embed it in a larger object (for example with road assistance cover).
type Report struct {
	AsOf          date.Date    `json:"asOf"`       // the day of the check
	ReturnDate    date.Date    `json:"returnDate"` // the agreement's end, else the day of the check
	DentAllowance int          `json:"dentAllowance"`
	Findings      []Result     `json:"findings"` // one per finding, in file order
	Items         []ItemStatus `json:"items"`
	Actions       []Action     `json:"actions"` // in due-date order
	Areas         []AreaStatus `json:"areas"`
	Summary       Counts       `json:"summary"`
	Warnings      []Warning    `json:"warnings,omitempty"` // values no one could mean, by field
}

// Result is the verdict on one finding.
type Result struct {
	Kind     string  `json:"kind"`
	Label    string  `json:"label"`
	Area     string  `json:"area"`
	Location string  `json:"location,omitempty"`
	Position string  `json:"position,omitempty"`
	Verdict  Verdict `json:"verdict"`
	Reason   string  `json:"reason"` // plain words for the driver
	Quote    string  `json:"quote"`  // the standards' wording the verdict rests on
	Source   string  `json:"source"` // document and section of Quote
}

// Counts are findings per verdict.
type Counts struct {
	Acceptable    int `json:"acceptable"`
	NotAcceptable int `json:"not-acceptable"`
	Borderline    int `json:"borderline"`
}

func (c *Counts) add(v Verdict) {
	switch v {
	case Acceptable:
		c.Acceptable++
	case NotAcceptable:
		c.NotAcceptable++
	case Borderline:
		c.Borderline++
	}
}

// AreaStatus is an area's progress: whether it was checked, and its counts.
type AreaStatus struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Checked bool   `json:"checked"` // listed in areasChecked or has a finding
	Counts
	Progress Progress `json:"progress"` // what the task list says
}

const (
	acceptableReason    = "The standards accept this, as long as it fits the wording quoted."
	notAcceptableReason = "The standards list this as not acceptable: it is likely to be charged for when the car goes back."
	unknownKindReason   = "This condition is not in the standards' catalogue: correct the file, or have it looked at."
)

// Evaluate judges a self-check made on asOf. It is pure; for a file with
// Problems, the verdicts are those the readable parts allow.
func Evaluate(f *File, asOf date.Date) Report {
	c := carAt(&f.Vehicle, asOf)
	r := Report{
		AsOf:          asOf,
		ReturnDate:    c.returnDate,
		DentAllowance: c.dentAllowance(),
		Findings:      make([]Result, len(f.Findings)),
		Items:         itemStatuses(f.Items, c),
		Actions:       actions(&f.Vehicle, c, asOf),
		Warnings:      vehicleWarnings(&f.Vehicle, asOf),
	}
	for i := range f.Findings {
		r.Findings[i] = judge(&f.Findings[i])
	}
	limitDents(f.Findings, r.Findings, c)
	limitChips(f.Findings, r.Findings)
	matchAxles(f.Findings, r.Findings)
	for i := range r.Actions {
		if r.Actions[i].Due.Before(asOf) {
			r.Actions[i].Text += " This date has passed: do it as soon as you can."
		}
	}
	r.Areas = areaStatuses(f, r.Findings, c)
	for _, res := range r.Findings {
		r.Summary.add(res.Verdict)
	}
	return r
}

func judge(fd *Finding) Result {
	res := Result{Kind: fd.Kind, Location: fd.Location, Position: fd.Position}
	k, ok := KindByID(fd.Kind)
	if !ok {
		res.Verdict, res.Reason = Borderline, unknownKindReason
		return res
	}
	res.Label, res.Area = k.Label, k.Area
	if k.measure != nil {
		j := k.measure.judge(fd)
		res.set(j.verdict, j.reason(), j.clause)
		return res
	}
	reason := acceptableReason
	if k.Verdict == NotAcceptable {
		reason = notAcceptableReason
	}
	res.set(k.Verdict, reason, k.fixedWording())
	return res
}

func (res *Result) set(v Verdict, reason string, c Clause) {
	res.Verdict, res.Reason, res.Quote, res.Source = v, reason, c.Text, c.Source
}

// overrule makes a result not acceptable for reason, keeping earlier
// not-acceptable reasons.
func (res *Result) overrule(reason string, c Clause) {
	if res.Verdict == NotAcceptable {
		res.Reason += " " + reason
		return
	}
	res.set(NotAcceptable, reason, c)
}

func areaStatuses(f *File, results []Result, c car) []AreaStatus {
	byArea := map[string]*AreaStatus{}
	var out []AreaStatus
	for _, a := range Contents().Areas {
		if a.ElectricOnly && f.Vehicle.Powertrain != 0 && !c.electric {
			continue
		}
		out = append(out, AreaStatus{ID: a.ID, Label: a.Label})
	}
	for i := range out {
		byArea[out[i].ID] = &out[i]
	}
	for _, id := range f.AreasChecked {
		if s, ok := byArea[id]; ok {
			s.Checked = true
		}
	}
	found, open := map[string]int{}, map[string]int{}
	for i, res := range results {
		if s, ok := byArea[res.Area]; ok {
			s.Checked = true
			s.add(res.Verdict)
			found[res.Area]++
			if incomplete(&f.Findings[i]) {
				open[res.Area]++
			}
		}
	}
	for i := range out {
		out[i].Progress = progress(slices.Contains(f.AreasChecked, out[i].ID), found[out[i].ID], open[out[i].ID])
	}
	return out
}
