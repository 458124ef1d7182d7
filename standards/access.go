package standards

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

// A field is addressed by its JSON path in the file, "vehicle.mileage" or
// "findings[2].sizeMm", and read and written as text, as a form shows it:
// numbers as typed ("4.5", "4,5"), days YYYY-MM-DD, choices by id, yes/no
// answers as Yes or No. "" is not given, or not said.

// Yes and No are a yes/no answer as text; "" is not said.
const (
	Yes = "yes"
	No  = "no"
)

// Value is the field at path as text; "" when not given or there is no
// such field.
func (f *File) Value(path string) string {
	if name, ok := strings.CutPrefix(path, "vehicle."); ok {
		return f.Vehicle.Value(name)
	}
	if i, name, ok := SplitFindingPath(path); ok && i < len(f.Findings) {
		return f.Findings[i].Value(name)
	}
	return ""
}

// Set writes text into the field at path. Text the field cannot hold leaves
// the field as it was and is a *field.Error naming path; so is a path to no
// field. Set does not check the file as a whole: Problems does.
func (f *File) Set(path, text string) error {
	err := errNoField
	if name, ok := strings.CutPrefix(path, "vehicle."); ok {
		err = f.Vehicle.set(name, text)
	} else if i, name, ok := SplitFindingPath(path); ok && i < len(f.Findings) {
		err = f.Findings[i].set(name, text)
	}
	if err != nil {
		return field.Errorf(path, "%v", err)
	}
	return nil
}

var errNoField = errors.New("there is no such field in a self-check file")

// Field is the schema of the field at path, nil when there is none: what a
// form shows there, and what Set writes.
func (f *File) Field(path string) *Field {
	if name, ok := strings.CutPrefix(path, "vehicle."); ok {
		return fieldNamed(vehicleFields, name)
	}
	if i, name, ok := SplitFindingPath(path); ok && i < len(f.Findings) {
		return fieldNamed(findingFields, name)
	}
	return nil
}

// FindingPath is the path of finding i, "findings[2]".
func FindingPath(i int) string { return "findings[" + strconv.Itoa(i) + "]" }

// SplitFindingPath reads "findings[2].sizeMm" as 2, "sizeMm".
func SplitFindingPath(path string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, "findings[")
	if !ok {
		return 0, "", false
	}
	n, name, ok := strings.Cut(rest, "].")
	i, err := strconv.Atoi(n)
	return i, name, ok && err == nil && i >= 0
}

// Value is the vehicle's field name as text.
func (v *Vehicle) Value(name string) string {
	if fl := fieldNamed(vehicleFields, name); fl != nil {
		return valueText(fl.of(v))
	}
	return ""
}

func (v *Vehicle) set(name, text string) error {
	if fl := fieldNamed(vehicleFields, name); fl != nil {
		return setText(fl.of(v), fl, text)
	}
	return errNoField
}

// Value is the finding's field name as text, such as "10" for sizeMm.
func (fd *Finding) Value(name string) string {
	if fl := fieldNamed(findingFields, name); fl != nil {
		return valueText(fl.ref(fd))
	}
	return ""
}

func (fd *Finding) set(name, text string) error {
	if fl := fieldNamed(findingFields, name); fl != nil {
		return setText(fl.ref(fd), fl, text)
	}
	return errNoField
}

// ref is a finding's field as a pointer, as a vehicle field's of is.
func (fl *Field) ref(fd *Finding) any {
	switch fl.Type {
	case Number:
		return fl.number(fd)
	case Boolean:
		return fl.flag(fd)
	}
	return fl.text(fd)
}

func fieldNamed(fields []*Field, name string) *Field {
	for _, fl := range fields {
		if fl.Name == name {
			return fl
		}
	}
	return nil
}

func valueText(p any) string {
	switch p := p.(type) {
	case *string:
		return *p
	case **float64:
		if *p == nil {
			return ""
		}
		return num(**p)
	case **bool:
		switch {
		case *p == nil:
			return ""
		case **p:
			return Yes
		}
		return No
	case *date.Date:
		return p.String()
	case *Powertrain:
		return p.String()
	case *Agreement:
		return p.String()
	}
	panic(fmt.Sprintf("standards: a field of type %T", p))
}

// setText writes text into the field p of fl; on an error p is unchanged.
func setText(p any, fl *Field, text string) error {
	switch p := p.(type) {
	case *string:
		if fl.Options != nil && text != "" && !hasOption(fl.Options, text) {
			return fmt.Errorf("must be one of %s, not %q", optionIDs(fl.Options), short(text))
		}
		*p = text
	case **float64:
		n, err := parseNumber(text)
		if err != nil {
			return err
		}
		*p = n
	case **bool:
		switch text {
		case "":
			*p = nil
		case Yes, No:
			*p = ptr(text == Yes)
		default:
			return errors.New("answer yes or no")
		}
	case *date.Date:
		d, err := parseDay(text)
		if err != nil {
			return err
		}
		*p = d
	case *Powertrain:
		pt, err := ParsePowertrain(text)
		if err != nil {
			return err
		}
		*p = pt
	case *Agreement:
		a, err := ParseAgreement(text)
		if err != nil {
			return err
		}
		*p = a
	default:
		panic(fmt.Sprintf("standards: a field of type %T", p))
	}
	return nil
}

// parseNumber reads a number as people type it: "12", "4.5", "4,5", " 3 ".
func parseNumber(text string) (*float64, error) {
	t := strings.ReplaceAll(strings.TrimSpace(text), ",", ".")
	if t == "" {
		return nil, nil
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n != n {
		return nil, fmt.Errorf("must be a number, such as 12 or 4.5, not %q", short(strings.TrimSpace(text)))
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
		return date.Date{}, errors.New("must be a real date, such as 2019-03-14")
	}
	return d, nil
}
