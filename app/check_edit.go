package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// checkState is the check being edited: the file holds only values the
// standards accept; raw holds the text of every input as typed, so a
// mistake is shown beside its field and never wipes what was typed.
type checkState struct {
	file     *standards.File
	raw      map[string]string // by JSON path, such as "findings[2].sizeMm"
	problems map[string]string // by JSON path, in words for the screen
	report   standards.Report

	// Read from the report for the screens, so Render only reads.
	effects      []string
	checked      int              // areas checked
	have, needed int              // items in hand, items required
	byArea       map[string][]int // finding indexes by area id
	byVerdict    map[standards.Verdict][]int
	actions      []standards.Action     // by due date
	areasLeft    []standards.AreaStatus // not checked yet
	missing      []string               // labels of required items not in hand
}

func newCheckState(f *standards.File, drafts map[string]string, today date.Date) *checkState {
	s := &checkState{file: f, raw: map[string]string{}}
	for path, text := range drafts {
		s.raw[path] = text
	}
	s.refresh(today)
	return s
}

// The vehicle's inputs: the file's fields with how each is entered.
type vehicleField struct {
	Name     string // key in the file's vehicle object
	Label    string
	Type     standards.FieldType
	Date     bool // a date input, YYYY-MM-DD
	Unit     string
	Hint     string
	Required bool
	Options  []standards.Option
}

var vehicleFields = []vehicleField{
	{Name: "model", Label: "Model", Type: standards.Text, Hint: "Such as smart fortwo coupé or smart #1."},
	{Name: "powertrain", Label: "Powertrain", Type: standards.Choice, Required: true,
		Options: []standards.Option{{ID: "petrol", Label: "Petrol"}, {ID: "diesel", Label: "Diesel"}, {ID: "electric", Label: "Electric"}}},
	{Name: "registrationNumber", Label: "Registration number", Type: standards.Text},
	{Name: "firstRegistered", Label: "First registered", Type: standards.Text, Date: true, Required: true,
		Hint: "On the V5C log book. It decides how many dents are accepted and whether an MOT is needed."},
	{Name: "agreement", Label: "Agreement type", Type: standards.Choice,
		Options: []standards.Option{{ID: "agility", Label: "Agility"}, {ID: "operating-lease", Label: "Operating lease"},
			{ID: "contract-hire", Label: "Contract hire"}, {ID: "lease-and-care", Label: "Lease & Care"}, {ID: "none", Label: "None"}}},
	{Name: "agreementEnds", Label: "Agreement ends", Type: standards.Text, Date: true,
		Hint: "The day the car goes back. Left empty, today counts as the return date."},
	{Name: "lastOfficialService", Label: "Last official service", Type: standards.Text, Date: true},
	{Name: "fullServiceHistory", Label: "Full smart service history from a smart Retailer", Type: standards.Boolean},
	{Name: "motExpires", Label: "MOT expires", Type: standards.Text, Date: true},
	{Name: "cherishedPlate", Label: "Cherished number plate", Type: standards.Boolean},
	{Name: "mileage", Label: "Mileage", Type: standards.Number, Unit: "miles"},
}

// vehicleValue returns the value of a vehicle field as a control shows it.
func vehicleValue(v *standards.Vehicle, name string) string {
	switch name {
	case "model":
		return v.Model
	case "powertrain":
		return nameOf(v.Powertrain)
	case "registrationNumber":
		return v.RegistrationNumber
	case "firstRegistered":
		return v.FirstRegistered.String()
	case "agreement":
		return nameOf(v.Agreement)
	case "agreementEnds":
		return v.AgreementEnds.String()
	case "lastOfficialService":
		return v.LastOfficialService.String()
	case "fullServiceHistory":
		return flagText(v.FullServiceHistory)
	case "motExpires":
		return v.MOTExpires.String()
	case "cherishedPlate":
		return flagText(v.CherishedPlate)
	case "mileage":
		return numberText(v.Mileage)
	}
	return ""
}

func nameOf[T interface {
	~int
	String() string
}](v T) string {
	if v == 0 {
		return ""
	}
	return v.String()
}

// setVehicleValue writes text into the vehicle; an error names the problem.
func setVehicleValue(v *standards.Vehicle, name, text string) error {
	var err error
	switch name {
	case "model":
		v.Model = text
	case "powertrain":
		v.Powertrain, err = choose[standards.Powertrain](text)
	case "registrationNumber":
		v.RegistrationNumber = text
	case "firstRegistered":
		v.FirstRegistered, err = parseDay(text)
	case "agreement":
		v.Agreement, err = choose[standards.Agreement](text)
	case "agreementEnds":
		v.AgreementEnds, err = parseDay(text)
	case "lastOfficialService":
		v.LastOfficialService, err = parseDay(text)
	case "fullServiceHistory":
		v.FullServiceHistory, err = parseFlag(text)
	case "motExpires":
		v.MOTExpires, err = parseDay(text)
	case "cherishedPlate":
		v.CherishedPlate, err = parseFlag(text)
	case "mileage":
		v.Mileage, err = parseNumber(text)
	}
	return err
}

// choose finds the enum value named text; "" is not given. Enums name
// values past their end as "Type(n)".
func choose[T interface {
	~int
	String() string
}](text string) (T, error) {
	if text == "" {
		return 0, nil
	}
	for i := T(1); !strings.HasSuffix(i.String(), ")"); i++ {
		if i.String() == text {
			return i, nil
		}
	}
	return 0, fmt.Errorf("choose one of the options")
}

// Finding fields by name. standards keeps its accessors to itself, so the
// app has its own; a test checks every catalogue field is here.
var (
	findingTexts = map[string]func(*standards.Finding) *string{
		"location": func(f *standards.Finding) *string { return &f.Location },
		"position": func(f *standards.Finding) *string { return &f.Position },
		"brand":    func(f *standards.Finding) *string { return &f.Brand },
		"size":     func(f *standards.Finding) *string { return &f.Size },
		"note":     func(f *standards.Finding) *string { return &f.Note },
	}
	findingNumbers = map[string]func(*standards.Finding) **float64{
		"sizeMm":  func(f *standards.Finding) **float64 { return &f.SizeMm },
		"treadMm": func(f *standards.Finding) **float64 { return &f.TreadMm },
	}
	findingFlags = map[string]func(*standards.Finding) **bool{
		"onSwageLineOrEdge": func(f *standards.Finding) **bool { return &f.OnSwageLineOrEdge },
		"highProfilePanel":  func(f *standards.Finding) **bool { return &f.HighProfilePanel },
		"inDriversView":     func(f *standards.Finding) **bool { return &f.InDriversView },
		"cracking":          func(f *standards.Finding) **bool { return &f.Cracking },
		"affectsAppearance": func(f *standards.Finding) **bool { return &f.AffectsAppearance },
		"premiumBrand":      func(f *standards.Finding) **bool { return &f.PremiumBrand },
	}
)

// findingValue returns a finding's field as a control shows it.
func findingValue(f *standards.Finding, name string) string {
	if get, ok := findingTexts[name]; ok {
		return *get(f)
	}
	if get, ok := findingNumbers[name]; ok {
		return numberText(*get(f))
	}
	if get, ok := findingFlags[name]; ok {
		return flagText(*get(f))
	}
	return ""
}

func setFindingValue(f *standards.Finding, name, text string) error {
	var err error
	if get, ok := findingTexts[name]; ok {
		*get(f) = text
	} else if get, ok := findingNumbers[name]; ok {
		*get(f), err = parseNumber(text)
	} else if get, ok := findingFlags[name]; ok {
		*get(f), err = parseFlag(text)
	}
	return err
}

// Yes/no answers: "" is not said.
const (
	yes = "yes"
	no  = "no"
)

func flagText(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return yes
	}
	return no
}

func parseFlag(text string) (*bool, error) {
	switch text {
	case "":
		return nil, nil
	case yes, no:
		b := text == yes
		return &b, nil
	}
	return nil, fmt.Errorf("answer yes or no")
}

func numberText(n *float64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatFloat(*n, 'f', -1, 64)
}

// parseNumber reads a number as people type it: "12", "4.5", "4,5", " 3 ".
func parseNumber(text string) (*float64, error) {
	t := strings.ReplaceAll(strings.TrimSpace(text), ",", ".")
	if t == "" {
		return nil, nil
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n != n {
		return nil, fmt.Errorf("must be a number, such as 12 or 4.5, not %q", strings.TrimSpace(text))
	}
	return &n, nil
}

func parseDay(text string) (date.Date, error) {
	t := strings.TrimSpace(text)
	if t == "" {
		return date.Date{}, nil
	}
	d, err := date.Parse(t)
	if err != nil {
		return date.Date{}, fmt.Errorf("must be a real date, such as 2019-03-14")
	}
	return d, nil
}

func findingPath(i int) string { return "findings[" + strconv.Itoa(i) + "]" }

// set applies text typed into the input at path ("vehicle.mileage",
// "findings[2].sizeMm") and re-judges the check.
func (s *checkState) set(path, text string, today date.Date) {
	s.raw[path] = text
	s.refresh(today)
}

// apply writes the raw text at path into the file; a value the file cannot
// hold leaves the field not given, with the problem returned.
func (s *checkState) apply(path, text string) error {
	var err error
	if name, ok := strings.CutPrefix(path, "vehicle."); ok {
		err = setVehicleValue(&s.file.Vehicle, name, text)
		if err != nil {
			setVehicleValue(&s.file.Vehicle, name, "")
		}
	} else if i, name, ok := splitFindingPath(path); ok && i < len(s.file.Findings) {
		f := &s.file.Findings[i]
		err = setFindingValue(f, name, text)
		if err != nil {
			setFindingValue(f, name, "")
		}
	}
	if err != nil {
		return field.Errorf(path, "%v", err)
	}
	return nil
}

// splitFindingPath reads "findings[2].sizeMm" as 2, "sizeMm".
func splitFindingPath(path string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, "findings[")
	if !ok {
		return 0, "", false
	}
	n, name, ok := strings.Cut(rest, "].")
	i, err := strconv.Atoi(n)
	return i, name, ok && err == nil && i >= 0
}

// refresh applies every typed value, keeps out of the file those the
// standards reject (an end date before registration, a 2000 mm chip), and
// judges the check as of today.
func (s *checkState) refresh(today date.Date) {
	var problems []*field.Error
	paths := make([]string, 0, len(s.raw))
	for path := range s.raw {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		if err := s.apply(path, s.raw[path]); err != nil {
			fe, _ := field.As(err)
			problems = append(problems, fe)
		}
	}
	for _, p := range s.file.Problems() {
		if strings.HasPrefix(p.Problem, "required") {
			continue // the labels say which fields are required
		}
		if _, typed := s.raw[p.Path]; typed {
			s.apply(p.Path, "")
		}
		problems = append(problems, p)
	}
	s.problems = problemsByPath(problems)
	s.report = standards.Evaluate(s.file, today)
	s.effects = effects(s.file, &s.report, s.problems)
	s.areasLeft = nil
	for _, a := range s.report.Areas {
		if !a.Checked {
			s.areasLeft = append(s.areasLeft, a)
		}
	}
	s.checked = len(s.report.Areas) - len(s.areasLeft)
	s.have, s.needed = itemsReady(s.report.Items)
	s.missing = nil
	for _, it := range s.report.Items {
		if it.Required && (it.Have == nil || !*it.Have) {
			s.missing = append(s.missing, it.Label)
		}
	}
	s.actions = s.report.Actions // in due-date order
	s.byArea = map[string][]int{}
	s.byVerdict = map[standards.Verdict][]int{}
	for i, r := range s.report.Findings {
		s.byArea[r.Area] = append(s.byArea[r.Area], i)
		s.byVerdict[r.Verdict] = append(s.byVerdict[r.Verdict], i)
	}
}

// drafts are the typed values not yet in the file, kept so that a reload
// shows them again with their problems.
func (s *checkState) drafts() map[string]string {
	d := map[string]string{}
	for path, text := range s.raw {
		if _, wrong := s.problems[path]; wrong {
			d[path] = text
		}
	}
	return d
}

// value is what the input at path shows: as typed, else from the file.
func (s *checkState) value(path string) string {
	if text, ok := s.raw[path]; ok {
		return text
	}
	if name, ok := strings.CutPrefix(path, "vehicle."); ok {
		return vehicleValue(&s.file.Vehicle, name)
	}
	if i, name, ok := splitFindingPath(path); ok && i < len(s.file.Findings) {
		return findingValue(&s.file.Findings[i], name)
	}
	return ""
}

// add records a new finding of kind and returns its index.
func (s *checkState) add(kind string, today date.Date) int {
	s.file.Findings = append(s.file.Findings, standards.Finding{Kind: kind})
	s.refresh(today)
	return len(s.file.Findings) - 1
}

// removed is a finding taken out, with what was typed into it, for undo.
type removed struct {
	index   int
	finding standards.Finding
	raw     map[string]string // by field name
}

// remove takes out finding i; the findings after it move up one.
func (s *checkState) remove(i int, today date.Date) removed {
	r := removed{index: i, finding: s.file.Findings[i], raw: map[string]string{}}
	s.file.Findings = slices.Delete(s.file.Findings, i, i+1)
	s.shiftRaw(i, -1, r.raw)
	s.refresh(today)
	return r
}

// restore puts a removed finding back where it was.
func (s *checkState) restore(r removed, today date.Date) {
	i := min(r.index, len(s.file.Findings))
	fs := append(s.file.Findings, standards.Finding{})
	copy(fs[i+1:], fs[i:])
	fs[i] = r.finding
	s.file.Findings = fs
	s.shiftRaw(i, +1, nil)
	for name, text := range r.raw {
		s.raw[findingPath(i)+"."+name] = text
	}
	s.refresh(today)
}

// shiftRaw renumbers the typed values of findings from index at by delta;
// on removal (delta -1) those of finding at itself go into taken.
func (s *checkState) shiftRaw(at, delta int, taken map[string]string) {
	moved := map[string]string{}
	for path, text := range s.raw {
		i, name, ok := splitFindingPath(path)
		if !ok || i < at {
			continue
		}
		delete(s.raw, path)
		if i == at && delta < 0 {
			taken[name] = text
			continue
		}
		moved[findingPath(i+delta)+"."+name] = text
	}
	for path, text := range moved {
		s.raw[path] = text
	}
}

// setAreaChecked records that the driver looked at an area and found nothing.
func (s *checkState) setAreaChecked(id string, checked bool, today date.Date) {
	s.file.AreasChecked = slices.DeleteFunc(s.file.AreasChecked, func(a string) bool { return a == id })
	if checked {
		s.file.AreasChecked = append(s.file.AreasChecked, id)
	}
	s.refresh(today)
}

// setItem records whether the driver has an item to hand back.
func (s *checkState) setItem(id string, have bool, today date.Date) {
	if s.file.Items == nil {
		s.file.Items = map[string]bool{}
	}
	s.file.Items[id] = have
	s.refresh(today)
}
