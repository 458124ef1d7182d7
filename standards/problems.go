package standards

import (
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

// maxMileage bounds vehicle.mileage, in miles.
const maxMileage = 1_000_000

// ProblemKind is what a problem with a self-check file means for the reader:
// the one policy of every reader of the file.
type ProblemKind int

const (
	// Unreadable: not a self-check file this app reads (not JSON, another
	// format or version, a part of the wrong shape, past the limits). The
	// file is refused whole, naming the problem.
	Unreadable ProblemKind = iota + 1
	// Missing: a required field not given, as in a check still being
	// filled in. The app reads the file, and its form marks the field
	// required; Evaluate still judges what is there.
	Missing
	// Invalid: a value its field cannot hold (text where a number belongs,
	// a size out of range, an unknown kind). The app reads the rest of the
	// file and shows the problem beside the field, with the value as the
	// file had it, for the driver to correct.
	Invalid
)

var problemKindNames = [...]string{"", "unreadable", "missing", "invalid"}

func (k ProblemKind) String() string { return name(problemKindNames[:], int(k), "ProblemKind") }

// Problem is one problem with a self-check file: where and what, as a
// field.Error says it ("findings[2].sizeMm: must be a number"), and its kind.
type Problem struct {
	Path    string // JSON path, such as "findings[2].sizeMm"; "" for the whole file
	Problem string // plain words
	Kind    ProblemKind
	// Text is the value the file had at Path when the field could not hold
	// it ("big" for a size), so that nothing the driver typed is lost; ""
	// when the value is in the file, or there was none.
	Text string
}

func (p *Problem) Error() string { return p.Unwrap().Error() }

// Unwrap is the problem as a *field.Error, which field.As finds.
func (p *Problem) Unwrap() error { return &field.Error{Path: p.Path, Problem: p.Problem} }

func unreadable(path, problem string) *Problem {
	return &Problem{Path: path, Problem: problem, Kind: Unreadable}
}

// Problems checks the file as the app holds it and returns every problem,
// each naming its JSON path, in file order: Missing or Invalid. None means
// Evaluate can judge it.
func (f *File) Problems() []*Problem {
	var r reader
	v := &f.Vehicle
	if v.Powertrain == 0 {
		r.missing("vehicle.powertrain", "required: petrol, diesel or electric")
	}
	if v.FirstRegistered.IsZero() {
		r.missing("vehicle.firstRegistered", "required: the date the car was first registered, YYYY-MM-DD")
	} else {
		for _, d := range []struct {
			name string
			day  date.Date
		}{{"agreementEnds", v.AgreementEnds}, {"lastOfficialService", v.LastOfficialService}} {
			if !d.day.IsZero() && d.day.Before(v.FirstRegistered) {
				r.invalid("vehicle."+d.name, "", "must not be before the car was first registered, on "+v.FirstRegistered.Long())
			}
		}
	}
	// 001, Your lease&care agreement: a lease of the battery of the smart fortwo electric
	// drive, as road assistance (cover.Validate) reads it too.
	if v.Agreement == LeaseAndCare && v.Powertrain != 0 && v.Powertrain != Electric {
		r.invalid("vehicle.powertrain", "", "lease-and-care is a battery lease for the smart fortwo electric drive, so the powertrain must be electric, not "+v.Powertrain.String())
	}
	modelLimit.check(&r, "vehicle.model", v.Model)
	registrationLimit.check(&r, "vehicle.registrationNumber", v.RegistrationNumber)
	if m := v.Mileage; m != nil && (*m < 0 || *m > maxMileage) {
		r.invalid("vehicle.mileage", "", "must be between 0 and "+strconv.Itoa(maxMileage)+" miles")
	}
	for _, id := range sortedKeys(f.Items) {
		if _, ok := itemIndex(id); !ok {
			r.invalid("items."+id, "", "unknown item: the items are "+itemIDs())
		}
	}
	tyres := map[string]int{}
	for i := range f.Findings {
		r.checkFinding(&f.Findings[i], "findings["+strconv.Itoa(i)+"]", v.Powertrain, i, tyres)
	}
	checked := map[string]int{}
	for i, id := range f.AreasChecked {
		path := "areasChecked[" + strconv.Itoa(i) + "]"
		a, ok := AreaByID(id)
		switch j, dup := checked[id]; {
		case !ok:
			r.invalid(path, "", "unknown area "+strconv.Quote(short(id))+": the areas are "+areaIDs())
		case dup:
			r.invalid(path, "", strconv.Quote(id)+" is already listed at areasChecked["+strconv.Itoa(j)+"]")
		case a.ElectricOnly && v.Powertrain != 0 && v.Powertrain != Electric:
			r.invalid(path, "", strings.ToLower(a.Label)+" apply to electric cars only")
		}
		checked[id] = i
	}
	return r.errs
}

func (r *reader) checkFinding(fd *Finding, path string, pt Powertrain, i int, tyres map[string]int) {
	k, ok := KindByID(fd.Kind)
	switch {
	case fd.Kind == "":
		r.missing(path+".kind", "required: what was found, such as body.dent (the catalogue lists them)")
		return
	case !ok:
		r.invalid(path+".kind", "", "unknown kind "+strconv.Quote(short(fd.Kind))+" (the catalogue lists them)")
		return
	case catalogue().areas[k.Area].ElectricOnly && pt != 0 && pt != Electric:
		r.invalid(path+".kind", "", fd.Kind+" applies to electric cars only")
	}
	for _, fl := range findingFields {
		p := path + "." + fl.Name
		switch {
		case fl.Range != nil:
			if n := *fl.number(fd); n != nil && (*n < fl.Range.Min || *n > fl.Range.Max) {
				r.invalid(p, "", "must be between "+num(fl.Range.Min)+" and "+num(fl.Range.Max))
			}
		case fl.Options != nil:
			if s := *fl.text(fd); s != "" && !hasOption(fl.Options, s) {
				r.invalid(p, "", "must be one of "+optionIDs(fl.Options)+", not "+strconv.Quote(short(s)))
			}
		case fl.Limit != nil:
			fl.Limit.check(r, p, *fl.text(fd))
		}
	}
	if fd.Kind == "wheels.tyre" && fd.Position != "" {
		if j, dup := tyres[fd.Position]; dup {
			r.invalid(path+".position", "", "the "+fd.Position+" tyre is already recorded at findings["+strconv.Itoa(j)+"]")
		} else {
			tyres[fd.Position] = i
		}
	}
}

// short cuts s to a length a problem can quote.
func short(s string) string {
	const most = 40 // bytes
	for i := range s {
		if i >= most {
			return s[:i] + "…"
		}
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func hasOption(opts []Option, id string) bool {
	for _, o := range opts {
		if o.ID == id {
			return true
		}
	}
	return false
}

func optionIDs(opts []Option) string {
	ids := make([]string, len(opts))
	for i, o := range opts {
		ids[i] = o.ID
	}
	return strings.Join(ids, ", ")
}

func itemIDs() string {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	return strings.Join(ids, ", ")
}

func areaIDs() string {
	ids := make([]string, len(areas))
	for i, a := range areas {
		ids[i] = a.ID
	}
	return strings.Join(ids, ", ")
}
