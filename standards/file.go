package standards

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

// The self-check file: the one format for saving, exporting, importing and
// the command line.
const (
	Format  = "smart-selfcheck"
	Version = 1
)

// File is a self-check: the car, the items the driver has, and what they
// found. Fields the app does not know are kept and written back by Encode.
type File struct {
	Vehicle  Vehicle
	Items    map[string]bool // item id: whether the driver has it; missing: not said
	Findings []Finding
	// AreasChecked are the areas the driver looked at and found nothing in
	// (area ids). An area with a finding counts as checked anyway.
	AreasChecked []string
	Photos       []ShotPhoto // the guided overview shots (standards/photos.go)

	unknown map[string]json.RawMessage
}

// Finding is one thing the driver found. Which fields matter depends on the
// kind (see Kind.Fields); sizes are in millimetres.
type Finding struct {
	Kind              string // "area.condition", such as "body.dent"
	Location          string
	Position          string   // wheel: front-left, front-right, rear-left, rear-right, spare
	SizeMm            *float64 // millimetres, longest way across
	TreadMm           *float64 // millimetres
	Brand             string
	Size              string // tyre size, such as "165/65 R15"
	PremiumBrand      *bool  // tyre: of a premium brand approved by the manufacturer; nil: not said
	OnSwageLineOrEdge *bool
	HighProfilePanel  *bool
	InDriversView     *bool
	Cracking          *bool
	AffectsAppearance *bool
	Note              string
	Photos            []string // close-ups: file names in the archive's photos/, such as "dent-1.jpg"

	unknown map[string]json.RawMessage
}

// Decode reads a self-check file strictly. The error is the first problem,
// a *field.Error naming the JSON path.
func Decode(b []byte) (*File, error) {
	f, problems := Parse(b)
	if len(problems) > 0 {
		return nil, problems[0]
	}
	return f, nil
}

// Parse reads a self-check file and returns every problem, each naming its
// JSON path, so the app can show each next to its field: problems reading
// values first, then Problems. The file holds what could be read; it is nil
// when the input is not a JSON object or is past the limits (MaxFileBytes,
// MaxFindings, MaxFindingsPerArea). A leading byte-order mark, which some
// editors write, is dropped.
func Parse(b []byte) (*File, []*field.Error) {
	if p := SizeProblem(len(b)); p != nil {
		return nil, []*field.Error{p}
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	r := &reader{}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil || top == nil {
		return nil, []*field.Error{notJSON(b, err)}
	}
	if s := r.text(top, "format", "format"); s != Format {
		r.fail("format", "must be %q", Format)
	}
	switch v := r.number(top, "version", "version"); {
	case v == nil:
		r.fail("version", "required: %d", Version)
	case *v != Version:
		r.fail("version", "unsupported version %s: this app reads version %d", strconv.FormatFloat(*v, 'f', -1, 64), Version)
	}
	f := &File{}
	if raw, ok := take(top, "vehicle"); !ok {
		r.fail("vehicle", "required")
	} else if m := r.object(raw, "vehicle"); m != nil {
		r.vehicle(m, &f.Vehicle)
	}
	if raw, ok := take(top, "items"); ok {
		if m := r.object(raw, "items"); m != nil {
			f.Items = make(map[string]bool, len(m))
			for _, id := range sortedKeys(m) {
				if h := r.boolean(m, id, "items."+id); h != nil {
					f.Items[id] = *h
				}
			}
		}
	}
	if list := r.objects(top, "findings"); list != nil {
		if p := totalProblem(len(list)); p != nil {
			return nil, []*field.Error{p} // before reading them
		}
		f.Findings = make([]Finding, len(list))
		for i, m := range list {
			if m != nil {
				r.finding(m, "findings["+strconv.Itoa(i)+"]", &f.Findings[i])
			}
		}
		if p := countProblem(f.Findings); p != nil {
			return nil, []*field.Error{p}
		}
	}
	if raw, ok := take(top, "areasChecked"); ok {
		if list := r.list(raw, "areasChecked"); list != nil {
			f.AreasChecked = make([]string, len(list))
			for i, raw := range list {
				f.AreasChecked[i] = r.unquote(raw, fmt.Sprintf("areasChecked[%d]", i), "must be an area id in quotes")
			}
		}
	}
	f.Photos = r.shotPhotos(top)
	f.unknown = unknown(top)
	seen := map[string]bool{}
	for _, e := range r.errs {
		seen[e.Path] = true
	}
	for _, e := range f.Problems() {
		if !seen[e.Path] {
			r.errs = append(r.errs, e)
		}
	}
	return f, r.errs
}

func notJSON(b []byte, err error) *field.Error {
	syn, isSyntax := err.(*json.SyntaxError)
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return &field.Error{Problem: "the file is empty: expected a self-check file (JSON)"}
	case isSyntax:
		line := 1 + bytes.Count(b[:syn.Offset], []byte("\n"))
		col := int(syn.Offset) - bytes.LastIndexByte(b[:syn.Offset], '\n') - 1
		return &field.Error{Problem: fmt.Sprintf("not valid JSON at line %d, column %d: %v", line, col, err)}
	default:
		return &field.Error{Problem: "must be a JSON object {…}: this is not a self-check file"}
	}
}

func (r *reader) vehicle(m map[string]json.RawMessage, v *Vehicle) {
	v.Model = r.text(m, "model", "vehicle.model")
	if s := r.text(m, "powertrain", "vehicle.powertrain"); s != "" {
		i, ok := lookup(powertrainNames[:], s)
		if !ok {
			r.fail("vehicle.powertrain", "must be petrol, diesel or electric, not %q", short(s))
		}
		v.Powertrain = Powertrain(i)
	}
	v.RegistrationNumber = r.text(m, "registrationNumber", "vehicle.registrationNumber")
	v.FirstRegistered = r.day(m, "firstRegistered", "vehicle.firstRegistered")
	if s := r.text(m, "agreement", "vehicle.agreement"); s != "" {
		i, ok := lookup(agreementNames[:], s)
		if !ok {
			r.fail("vehicle.agreement", "must be one of %s, not %q", strings.Join(agreementNames[1:], ", "), short(s))
		}
		v.Agreement = Agreement(i)
	}
	v.AgreementEnds = r.day(m, "agreementEnds", "vehicle.agreementEnds")
	v.LastOfficialService = r.day(m, "lastOfficialService", "vehicle.lastOfficialService")
	v.FullServiceHistory = r.boolean(m, "fullServiceHistory", "vehicle.fullServiceHistory")
	v.MOTExpires = r.day(m, "motExpires", "vehicle.motExpires")
	v.CherishedPlate = r.boolean(m, "cherishedPlate", "vehicle.cherishedPlate")
	v.Mileage = r.number(m, "mileage", "vehicle.mileage")
	v.unknown = unknown(m)
}

func (r *reader) finding(m map[string]json.RawMessage, path string, fd *Finding) {
	fd.Kind = r.text(m, "kind", path+".kind")
	for _, fl := range findingFields {
		p := path + "." + fl.Name
		switch fl.Type {
		case Number:
			*fl.number(fd) = r.number(m, fl.Name, p)
		case Boolean:
			*fl.flag(fd) = r.boolean(m, fl.Name, p)
		default:
			*fl.text(fd) = r.text(m, fl.Name, p)
		}
	}
	fd.Photos = r.photoNames(m, path)
	fd.unknown = unknown(m)
}

// reader takes known fields out of JSON objects, noting each problem.
type reader struct{ errs []*field.Error }

func (r *reader) fail(path, format string, args ...any) {
	r.errs = append(r.errs, &field.Error{Path: path, Problem: fmt.Sprintf(format, args...)})
}

func (r *reader) object(raw json.RawMessage, path string) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil || m == nil {
		r.fail(path, "must be an object {…}")
		return nil
	}
	return m
}

func (r *reader) list(raw json.RawMessage, path string) []json.RawMessage {
	var l []json.RawMessage
	if json.Unmarshal(raw, &l) != nil {
		r.fail(path, "must be a list […]")
	}
	return l
}

// objects reads a list of objects in one pass; an element that is not an
// object is nil, with its problem noted.
func (r *reader) objects(m map[string]json.RawMessage, key string) []map[string]json.RawMessage {
	raw, ok := take(m, key)
	if !ok {
		return nil
	}
	var l []map[string]json.RawMessage
	if json.Unmarshal(raw, &l) == nil && !slices.ContainsFunc(l, func(o map[string]json.RawMessage) bool { return o == nil }) {
		return l
	}
	list := r.list(raw, key)
	l = make([]map[string]json.RawMessage, len(list))
	for i, raw := range list {
		l[i] = r.object(raw, fmt.Sprintf("%s[%d]", key, i))
	}
	return l
}

// take removes key from m; a null value counts as not given.
func take(m map[string]json.RawMessage, key string) (json.RawMessage, bool) {
	raw, ok := m[key]
	delete(m, key)
	return raw, ok && string(raw) != "null"
}

func (r *reader) text(m map[string]json.RawMessage, key, path string) string {
	raw, ok := take(m, key)
	if !ok {
		return ""
	}
	return r.unquote(raw, path, "must be text in quotes")
}

// unquote reads a JSON string; valid UTF-8 without escapes is taken as it
// is, the input having been checked as JSON already.
func (r *reader) unquote(raw json.RawMessage, path, problem string) string {
	if n := len(raw); n >= 2 && raw[0] == '"' && raw[n-1] == '"' && bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw[1 : n-1])
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		r.fail(path, "%s", problem)
	}
	return s
}

func (r *reader) number(m map[string]json.RawMessage, key, path string) *float64 {
	raw, ok := take(m, key)
	if !ok {
		return nil
	}
	// A checked JSON value starting so is a number, in Go's syntax too.
	if len(raw) == 0 || raw[0] != '-' && (raw[0] < '0' || raw[0] > '9') {
		r.fail(path, "must be a number")
		return nil
	}
	n, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		r.fail(path, "must be a number")
		return nil
	}
	return &n
}

func (r *reader) boolean(m map[string]json.RawMessage, key, path string) *bool {
	raw, ok := take(m, key)
	switch {
	case !ok:
		return nil
	case string(raw) == "true", string(raw) == "false":
		return ptr(string(raw) == "true")
	}
	r.fail(path, "must be true or false")
	return nil
}

func (r *reader) day(m map[string]json.RawMessage, key, path string) date.Date {
	raw, ok := take(m, key)
	if !ok {
		return date.Date{}
	}
	var d date.Date
	if err := d.UnmarshalJSON(raw); err != nil {
		r.fail(path, "%v", err)
	}
	return d
}

func unknown(m map[string]json.RawMessage) map[string]json.RawMessage {
	if len(m) == 0 {
		return nil
	}
	return m
}

// Encode writes the file as indented JSON, known fields first in a fixed
// order, then the fields it did not know, by name.
func (f *File) Encode() ([]byte, error) {
	v := &f.Vehicle
	var o object
	o.add("format", Format)
	o.add("version", Version)
	var vo object
	vo.text("model", v.Model)
	if v.Powertrain != 0 {
		vo.add("powertrain", v.Powertrain.String())
	}
	vo.text("registrationNumber", v.RegistrationNumber)
	vo.day("firstRegistered", v.FirstRegistered)
	if v.Agreement != 0 {
		vo.add("agreement", v.Agreement.String())
	}
	vo.day("agreementEnds", v.AgreementEnds)
	vo.day("lastOfficialService", v.LastOfficialService)
	optional(&vo, "fullServiceHistory", v.FullServiceHistory)
	vo.day("motExpires", v.MOTExpires)
	optional(&vo, "cherishedPlate", v.CherishedPlate)
	optional(&vo, "mileage", v.Mileage)
	o.add("vehicle", vo.close(v.unknown))
	if f.Items != nil {
		var io object
		ids := sortedKeys(f.Items)
		// By the booklet's order of items, then by id: an insertion sort, as
		// there are ten items.
		for i := 1; i < len(ids); i++ {
			for j := i; j > 0 && itemPlace(ids[j]) < itemPlace(ids[j-1]); j-- {
				ids[j], ids[j-1] = ids[j-1], ids[j]
			}
		}
		for _, id := range ids {
			io.add(id, f.Items[id])
		}
		o.add("items", io.close(nil))
	}
	if f.Findings != nil {
		list := make([]json.RawMessage, len(f.Findings))
		for i := range f.Findings {
			list[i] = f.Findings[i].encode()
		}
		o.add("findings", list)
	}
	if f.AreasChecked != nil {
		o.add("areasChecked", f.AreasChecked)
	}
	f.encodePhotos(&o)
	var out bytes.Buffer
	if err := json.Indent(&out, o.close(f.unknown), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), o.err
}

func (fd *Finding) encode() json.RawMessage {
	var o object
	o.add("kind", fd.Kind)
	for _, fl := range findingFields {
		switch fl.Type {
		case Number:
			optional(&o, fl.Name, *fl.number(fd))
		case Boolean:
			optional(&o, fl.Name, *fl.flag(fd))
		default:
			o.text(fl.Name, *fl.text(fd))
		}
	}
	fd.encodePhotos(&o)
	return o.close(fd.unknown)
}

// object writes a JSON object member by member.
type object struct {
	buf bytes.Buffer
	err error
}

func (o *object) add(key string, v any) {
	if o.buf.Len() == 0 {
		o.buf.WriteByte('{')
	} else {
		o.buf.WriteByte(',')
	}
	o.buf.Write(marshal(key, &o.err))
	o.buf.WriteByte(':')
	o.buf.Write(marshal(v, &o.err))
}

func (o *object) text(key, s string) {
	if s != "" {
		o.add(key, s)
	}
}

func (o *object) day(key string, d date.Date) {
	if !d.IsZero() {
		o.add(key, d)
	}
}

// optional adds the member when p is given.
func optional[T any](o *object, key string, p *T) {
	if p != nil {
		o.add(key, *p)
	}
}

// close appends the unknown members by name and ends the object.
func (o *object) close(unknown map[string]json.RawMessage) json.RawMessage {
	for _, k := range sortedKeys(unknown) {
		o.add(k, unknown[k])
	}
	if o.buf.Len() == 0 {
		return json.RawMessage("{}")
	}
	o.buf.WriteByte('}')
	return o.buf.Bytes()
}

// marshal is json.Marshal without HTML escaping, so notes stay readable.
func marshal(v any, err *error) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if e := enc.Encode(v); e != nil && *err == nil {
		*err = e
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
