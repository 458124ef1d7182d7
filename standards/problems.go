package standards

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/field"
)

// maxMileage bounds vehicle.mileage, in miles.
const maxMileage = 1_000_000

// Problems checks the file as the app holds it and returns every problem,
// each naming its JSON path, in file order. None means Evaluate can judge it.
func (f *File) Problems() []*field.Error {
	var r reader
	v := &f.Vehicle
	if v.Powertrain == 0 {
		r.fail("vehicle.powertrain", "required: petrol, diesel or electric")
	}
	if v.FirstRegistered.IsZero() {
		r.fail("vehicle.firstRegistered", "required: the date the car was first registered, YYYY-MM-DD")
	} else if !v.AgreementEnds.IsZero() && v.AgreementEnds.Before(v.FirstRegistered) {
		r.fail("vehicle.agreementEnds", "must not be before the car was first registered, on %s", v.FirstRegistered.Long())
	}
	modelLimit.check(&r, "vehicle.model", v.Model)
	registrationLimit.check(&r, "vehicle.registrationNumber", v.RegistrationNumber)
	if m := v.Mileage; m != nil && (*m < 0 || *m > maxMileage) {
		r.fail("vehicle.mileage", "must be between 0 and %d miles", maxMileage)
	}
	for _, id := range sortedKeys(f.Items) {
		if _, ok := itemIndex(id); !ok {
			r.fail("items."+id, "unknown item: the items are %s", itemIDs())
		}
	}
	tyres := map[string]int{}
	for i := range f.Findings {
		r.checkFinding(&f.Findings[i], fmt.Sprintf("findings[%d]", i), v.Powertrain, i, tyres)
	}
	checked := map[string]int{}
	for i, id := range f.AreasChecked {
		path := fmt.Sprintf("areasChecked[%d]", i)
		a, ok := areaByID[id]
		switch j, dup := checked[id]; {
		case !ok:
			r.fail(path, "unknown area %q: the areas are %s", short(id), areaIDs())
		case dup:
			r.fail(path, "%q is already listed at areasChecked[%d]", id, j)
		case a.ElectricOnly && v.Powertrain != 0 && v.Powertrain != Electric:
			r.fail(path, "%s apply to electric cars only", strings.ToLower(a.Label))
		}
		checked[id] = i
	}
	return r.errs
}

func (r *reader) checkFinding(fd *Finding, path string, pt Powertrain, i int, tyres map[string]int) {
	k, ok := kindByID[fd.Kind]
	switch {
	case fd.Kind == "":
		r.fail(path+".kind", "required: what was found, such as body.dent (the catalogue lists them)")
		return
	case !ok:
		r.fail(path+".kind", "unknown kind %q (the catalogue lists them)", short(fd.Kind))
		return
	case areaByID[k.Area].ElectricOnly && pt != 0 && pt != Electric:
		r.fail(path+".kind", "%s applies to electric cars only", fd.Kind)
	}
	for _, fl := range findingFields {
		p := path + "." + fl.Name
		switch {
		case fl.Range != nil:
			if n := *fl.number(fd); n != nil && (*n < fl.Range.Min || *n > fl.Range.Max) {
				r.fail(p, "must be between %s and %s", num(fl.Range.Min), num(fl.Range.Max))
			}
		case fl.Options != nil:
			if s := *fl.text(fd); s != "" && !hasOption(fl.Options, s) {
				r.fail(p, "must be one of %s, not %q", optionIDs(fl.Options), short(s))
			}
		case fl.Limit != nil:
			fl.Limit.check(r, p, *fl.text(fd))
		}
	}
	if fd.Kind == "wheels.tyre" && fd.Position != "" {
		if j, dup := tyres[fd.Position]; dup {
			r.fail(path+".position", "the %s tyre is already recorded at findings[%d]", fd.Position, j)
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
