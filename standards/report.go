package standards

import (
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
)

// The one wording of a report, shared by the check screen and the PDF, as
// http.StatusText is for status codes: verdicts, areas, the facts of a
// finding, the items, and what the car's details change. The screen and
// the PDF only lay these words out.

type verdictWording struct{ symbol, text, count, heading string }

// verdictWordings are indexed by Verdict; the zero Verdict is an area not
// checked yet, never shown as passed.
var verdictWordings = [...]verdictWording{
	{"○", "Not checked yet", "not checked", "Not checked yet"},
	{"✓", "Acceptable", "acceptable", "Acceptable"},
	{"✗", "Not acceptable", "not acceptable", "Not acceptable: likely to be charged"},
	{"?", "Borderline: have it looked at", "borderline", "Borderline: have these looked at"},
}

func wordingOf(v Verdict) verdictWording {
	if v < 0 || int(v) >= len(verdictWordings) {
		return verdictWordings[0]
	}
	return verdictWordings[v]
}

// VerdictText is a verdict in words: "Acceptable", "Not acceptable",
// "Borderline: have it looked at"; "Not checked yet" for the zero Verdict.
func VerdictText(v Verdict) string { return wordingOf(v).text }

// VerdictSymbol is the sign shown with the words, never alone: ✓, ✗, ?, and
// ○ for not checked.
func VerdictSymbol(v Verdict) string { return wordingOf(v).symbol }

// VerdictHeading heads the findings of a verdict in a summary.
func VerdictHeading(v Verdict) string { return wordingOf(v).heading }

// Gravest are the verdicts, gravest first: the order of a summary.
var Gravest = [...]Verdict{NotAcceptable, Borderline, Acceptable}

// Tally is one count of a summary: N findings of Verdict, in Words.
type Tally struct {
	Verdict Verdict
	N       int
	Words   string // "not acceptable", "borderline", "acceptable"
}

// Tallies are the counts, gravest first, as the screen's tiles and the
// PDF's boxes show them.
func (c Counts) Tallies() []Tally {
	out := make([]Tally, len(Gravest))
	for i, v := range Gravest {
		out[i] = Tally{v, c.of(v), wordingOf(v).count}
	}
	return out
}

func (c Counts) of(v Verdict) int {
	return [...]int{0, c.Acceptable, c.NotAcceptable, c.Borderline}[max(0, min(int(v), 3))]
}

func (c Counts) total() int { return c.Acceptable + c.NotAcceptable + c.Borderline }

// Verdict is the area's gravest verdict: zero when it is not checked,
// acceptable when checked with nothing found.
func (a AreaStatus) Verdict() Verdict {
	if !a.Checked {
		return 0
	}
	for _, v := range Gravest {
		if a.of(v) > 0 {
			return v
		}
	}
	return Acceptable
}

// Text is the area's progress in words: "Not checked yet", "Checked:
// nothing found", "Checked: 1 finding, acceptable", "Checked: 2 findings,
// all borderline", "Checked: 3 findings: 1 not acceptable, 2 acceptable",
// and "In progress: …" while a finding lacks a fact its verdict needs.
func (a AreaStatus) Text() string {
	n := a.total()
	switch {
	case !a.Checked:
		return VerdictText(0)
	case n == 0:
		return "Checked: nothing found"
	}
	lead := "Checked: "
	if a.Progress == InProgress {
		lead = InProgress.Words() + ": "
	}
	var parts []string
	for _, t := range a.Tallies() {
		switch {
		case t.N == n && n == 1:
			return lead + "1 finding, " + t.Words
		case t.N == n:
			return lead + Plural(n, "finding") + ", all " + t.Words
		case t.N > 0:
			parts = append(parts, strconv.Itoa(t.N)+" "+t.Words)
		}
	}
	return lead + Plural(n, "finding") + ": " + strings.Join(parts, ", ")
}

// AreasLeft are the areas the task list does not read as checked, in the
// walk round's order.
func (r *Report) AreasLeft() []AreaStatus {
	var out []AreaStatus
	for _, a := range r.Areas {
		if a.Progress != Checked {
			out = append(out, a)
		}
	}
	return out
}

// Plural is "1 finding", "2 findings".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Title is a finding as a heading: what it is (the kind as written when the
// catalogue does not know it) and where, "Dent, Left door".
func (res Result) Title() string {
	t := res.Label
	if t == "" {
		t = res.Kind
	}
	if strings.TrimSpace(res.Location) != "" {
		t += ", " + res.Location
	}
	return t
}

// Fact is one thing recorded about a finding; Label is "" when Value says
// it all ("Left door is not a high-profile panel").
type Fact struct {
	Label, Value string
}

func (f Fact) String() string {
	if f.Label == "" {
		return f.Value
	}
	return f.Label + ": " + f.Value
}

// notRecorded is the value of a fact the verdict needs and the driver has
// not given.
const notRecorded = "not recorded"

// Facts are what was measured or answered about a finding, in its kind's
// order, numbers with their units and choices by their labels; a value the
// verdict needs and the driver has not given reads "not recorded". The
// location is in the Title and the note is the driver's own, so neither is
// here.
func Facts(fd *Finding) []Fact {
	k, ok := KindByID(fd.Kind)
	if !ok {
		return nil
	}
	var out []Fact
	for _, fl := range k.Fields {
		if fl.Name == "location" || fl.Name == "note" {
			continue
		}
		if fl.Name == "highProfilePanel" {
			if text, ok := PanelAnswer(fd.Location); ok {
				out = append(out, Fact{"", strings.TrimSuffix(text, ".")})
				continue
			}
		}
		v := factValue(&fl, fd)
		switch {
		case v == "" && fl.Needed:
			v = notRecorded
		case v == "":
			continue
		case fl.Unit != "":
			v += " " + fl.Unit
		}
		out = append(out, Fact{fl.Label, v})
	}
	return out
}

func factValue(fl *Field, fd *Finding) string {
	switch {
	case fl.number != nil:
		if n := *fl.number(fd); n != nil {
			return strconv.FormatFloat(*n, 'f', -1, 64)
		}
	case fl.flag != nil:
		if b := *fl.flag(fd); b != nil {
			return YesNo(*b)
		}
	case fl.text != nil:
		v := *fl.text(fd)
		for _, o := range fl.Options {
			if o.ID == v {
				return o.Label
			}
		}
		return v
	}
	return ""
}

// YesNo is an answer as the screen and the PDF write it.
func YesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

// FactsText is facts on one line: "Size, longest way across: 10 mm · …".
func FactsText(facts []Fact) string {
	parts := make([]string, len(facts))
	for i, f := range facts {
		parts[i] = f.String()
	}
	return strings.Join(parts, " · ")
}

// When says whether the item is needed for this car, for items not always
// needed: "Needed: electric cars.", "Not needed for this car: only …"; ""
// for items always needed.
func (it ItemStatus) When() string {
	i, ok := itemIndex(it.ID)
	if !ok || items[i].Required == "always" {
		return ""
	}
	if it.Required {
		return "Needed: " + items[i].Required + "."
	}
	return "Not needed for this car: only " + items[i].Required + "."
}

// HaveText is what the driver said about having the item.
func (it ItemStatus) HaveText() string {
	switch {
	case it.Have == nil:
		return "You have not said whether you have it"
	case *it.Have:
		return "You have it"
	}
	return "Missing: the booklet lists it among the items to be returned with your smart"
}

// Warning is a value the file can hold but no one could mean, such as a
// first registration after today, said next to its field (Path).
type Warning struct {
	Path string `json:"path"` // such as "vehicle.firstRegistered"
	Text string `json:"text"`
}

func vehicleWarnings(v *Vehicle, asOf date.Date) []Warning {
	var out []Warning
	if v.FirstRegistered.After(asOf) {
		out = append(out, Warning{"vehicle.firstRegistered", "This date is after today, " + asOf.Long() +
			": a car cannot be first registered in the future. Check the date on the V5C log book."})
	}
	if !v.AgreementEnds.IsZero() && v.AgreementEnds.Before(asOf) {
		out = append(out, Warning{"vehicle.agreementEnds", "This date has passed: the check counts " +
			v.AgreementEnds.Long() + " as the return date. If the car has not gone back yet, check the end date on your agreement."})
	}
	return out
}

// WarningAt is the warning about the field at path, "" when there is none.
func (r *Report) WarningAt(path string) string {
	for _, w := range r.Warnings {
		if w.Path == path {
			return w.Text
		}
	}
	return ""
}

// CarFacts are what the car's details change, in the report's terms: the
// return date, the dents accepted, the MOT and the charging cables. unread
// reports whether the driver typed something at a vehicle path (such as
// "vehicle.agreementEnds") that could not be read, so a wrong date is not
// taken for none.
func CarFacts(v *Vehicle, r *Report, unread func(path string) bool) []string {
	ret := "Return date: " + r.ReturnDate.Long() + ", when your agreement ends."
	switch {
	case unread("vehicle.agreementEnds"):
		ret = "Return date: today, " + r.ReturnDate.Long() + ", until the agreement end date above is a real date."
	case v.AgreementEnds.IsZero():
		ret = "Return date: today, " + r.ReturnDate.Long() + ", as no agreement end date is given."
	case v.AgreementEnds.Before(r.AsOf):
		ret += " That date has passed."
	}
	out := []string{ret}
	age := "up to two years old"
	if r.DentAllowance > 2 {
		age = "over two years old"
	}
	switch {
	case v.FirstRegistered.IsZero() || unread("vehicle.firstRegistered"):
		out = append(out, "Enter the first registration date, a real date, to see how many small dents are acceptable and whether an MOT is needed. Until then up to 2 are counted.")
	case v.FirstRegistered.After(r.AsOf):
		out = append(out, "The first registration date is after today, so the car's age is not known: up to 2 small dents are counted, and whether an MOT is needed is not known until the date is corrected.")
	case r.item("mot-certificate").Required:
		out = append(out, "Your car will be "+age+" at the return date, so up to "+strconv.Itoa(r.DentAllowance)+" small dents are acceptable (less than 13 mm, one per panel).",
			"Your car will be over three years old at the return date, so an MOT with six months left is needed, and the MOT certificate goes back with the car.")
	default:
		out = append(out, "Your car will be "+age+" at the return date, so up to "+strconv.Itoa(r.DentAllowance)+" small dents are acceptable (less than 13 mm, one per panel).",
			"Your car will be three years old or less at the return date, so no MOT certificate is needed.")
	}
	switch {
	case v.Powertrain == 0:
		out = append(out, "Choose the powertrain: charging cables are checked for electric cars only.")
	case r.item("charging-cables").Required:
		out = append(out, "Your car is electric, so the charging cables are checked and go back with the car.")
	default:
		out = append(out, "No charging cables to check: they apply to electric cars only.")
	}
	return out
}

// CarDetailsMissing says which of the car's details the verdicts lack and
// what that changes; fields are their names (as in VehicleFields), none
// when nothing is missing.
func CarDetailsMissing(v *Vehicle) (text string, fields []string) {
	switch {
	case v.Powertrain == 0 && v.FirstRegistered.IsZero():
		return "Your car's powertrain and first registration date are missing, so the verdicts assume a car up to two years old, and the items leave out an electric car's charging cables.",
			[]string{"powertrain", "firstRegistered"}
	case v.FirstRegistered.IsZero():
		return "Your car's first registration date is missing, so the verdicts assume a car up to two years old.", []string{"firstRegistered"}
	case v.Powertrain == 0:
		return "Your car's powertrain is missing, so the items leave out an electric car's charging cables.", []string{"powertrain"}
	}
	return "", nil
}

func (r *Report) item(id string) ItemStatus {
	for _, it := range r.Items {
		if it.ID == id {
			return it
		}
	}
	return ItemStatus{}
}
