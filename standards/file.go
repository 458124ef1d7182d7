package standards

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/photo"
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
	// PhotoPlaces is where each photo was taken, by file name: only the
	// photos taken with the driver's leave to read the location.
	PhotoPlaces map[string]photo.Place

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

// Decode reads a self-check file as the commands do: any problem, fatal or
// correctable, refuses it, since there is no form to correct it in. The
// error is the first problem, a *Problem naming the JSON path.
func Decode(b []byte) (*File, error) {
	f, problems := Parse(b)
	if len(problems) > 0 {
		return nil, problems[0]
	}
	return f, nil
}

// Parse is the one reading of a self-check file, for the device's storage,
// the import, the handover link, the worker and the commands. It returns
// every problem, each naming its JSON path with its Kind: reading problems
// first, then those of Problems, one per path. When one is Unreadable (not
// JSON, another format or version, a part of the wrong shape, past the
// limits MaxFileBytes, MaxFindings, MaxFindingsPerArea) the file is nil.
// Otherwise the file holds every value that could be read, and each
// correctable problem's Text is what the file had where a value could not
// be held, for the form to show again. A leading byte-order mark, which
// some editors write, is dropped.
func Parse(b []byte) (*File, []*Problem) {
	if p := SizeProblem(len(b)); p != nil {
		return nil, []*Problem{p}
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	r := &reader{}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil || top == nil {
		return nil, []*Problem{notJSON(b, err)}
	}
	if raw, ok := take(top, "format"); !ok || r.unquote(raw, "format", "") != Format {
		r.refuse("format", "must be %q", Format)
	}
	raw, ok := take(top, "version")
	v, err := strconv.ParseFloat(string(raw), 64)
	switch {
	case !ok:
		r.refuse("version", "required: %d", Version)
	case !startsNumber(raw) || err != nil:
		r.refuse("version", "must be a number")
	case v != Version:
		r.refuse("version", "unsupported version %s: this app reads version %d", num(v), Version)
	}
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	f := &File{}
	if raw, ok := take(top, "vehicle"); !ok {
		r.missing("vehicle", "required")
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
			return nil, []*Problem{p} // before reading them
		}
		f.Findings = make([]Finding, len(list))
		for i, m := range list {
			if m != nil {
				r.finding(m, FindingPath(i), &f.Findings[i])
			}
		}
		if p := countProblem(f.Findings); p != nil {
			return nil, []*Problem{p}
		}
	}
	if raw, ok := take(top, "areasChecked"); ok {
		if list := r.list(raw, "areasChecked"); list != nil {
			f.AreasChecked = make([]string, len(list))
			for i, raw := range list {
				f.AreasChecked[i] = r.unquote(raw, "areasChecked["+strconv.Itoa(i)+"]", "must be an area id in quotes")
			}
		}
	}
	f.Photos = r.shotPhotos(top)
	f.PhotoPlaces = r.photoPlaces(top, f.PhotoNames())
	for _, p := range r.errs {
		if p.Kind == Unreadable {
			return nil, r.errs
		}
	}
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

func notJSON(b []byte, err error) *Problem {
	syn, isSyntax := err.(*json.SyntaxError)
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return unreadable("", "the file is empty: expected a self-check file (JSON)")
	case isSyntax:
		line := 1 + bytes.Count(b[:syn.Offset], []byte("\n"))
		col := int(syn.Offset) - bytes.LastIndexByte(b[:syn.Offset], '\n') - 1
		return unreadable("", fmt.Sprintf("not valid JSON at line %d, column %d: %v", line, col, err))
	default:
		return unreadable("", "must be a JSON object {…}: this is not a self-check file")
	}
}

// vehicle reads the vehicle's fields, as its schema gives them.
func (r *reader) vehicle(m map[string]json.RawMessage, v *Vehicle) {
	for _, fl := range vehicleFields {
		path := "vehicle." + fl.Name
		switch p := fl.of(v).(type) {
		case *string:
			*p = r.text(m, fl.Name, path)
		case **float64:
			*p = r.number(m, fl.Name, path)
		case **bool:
			*p = r.boolean(m, fl.Name, path)
		case *date.Date:
			*p = r.day(m, fl.Name, path)
		default:
			if s := r.text(m, fl.Name, path); s != "" {
				if err := setText(p, fl, s); err != nil {
					r.invalid(path, s, err.Error())
				}
			}
		}
	}
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
type reader struct{ errs []*Problem }

// fail notes a value its field cannot hold; text is the value as the file
// has it.
func (r *reader) fail(path, text, format string, args ...any) {
	r.invalid(path, text, fmt.Sprintf(format, args...))
}

// invalid is fail with the problem in words already.
func (r *reader) invalid(path, text, problem string) {
	r.errs = append(r.errs, &Problem{Path: path, Problem: problem, Kind: Invalid, Text: text})
}

// missing notes a required value not given.
func (r *reader) missing(path, problem string) {
	r.errs = append(r.errs, &Problem{Path: path, Problem: problem, Kind: Missing})
}

// refuse notes a problem that makes the file unreadable.
func (r *reader) refuse(path, format string, args ...any) {
	r.errs = append(r.errs, unreadable(path, fmt.Sprintf(format, args...)))
}

func (r *reader) object(raw json.RawMessage, path string) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil || m == nil {
		r.refuse(path, "must be an object {…}")
		return nil
	}
	return m
}

func (r *reader) list(raw json.RawMessage, path string) []json.RawMessage {
	var l []json.RawMessage
	if json.Unmarshal(raw, &l) != nil {
		r.refuse(path, "must be a list […]")
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
		l[i] = r.object(raw, key+"["+strconv.Itoa(i)+"]")
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
	if json.Unmarshal(raw, &s) != nil && problem != "" {
		r.invalid(path, string(raw), problem)
	}
	return s
}

// asText is a JSON value as a form would show it: a string unquoted,
// anything else as written.
func asText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

func (r *reader) number(m map[string]json.RawMessage, key, path string) *float64 {
	raw, ok := take(m, key)
	if !ok {
		return nil
	}
	n, err := strconv.ParseFloat(string(raw), 64)
	if !startsNumber(raw) || err != nil {
		r.invalid(path, asText(raw), "must be a number")
		return nil
	}
	return &n
}

// startsNumber: a checked JSON value starting so is a number, in Go's
// syntax too.
func startsNumber(raw json.RawMessage) bool {
	return len(raw) > 0 && (raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9')
}

func (r *reader) boolean(m map[string]json.RawMessage, key, path string) *bool {
	raw, ok := take(m, key)
	switch {
	case !ok:
		return nil
	case string(raw) == "true", string(raw) == "false":
		return ptr(string(raw) == "true")
	}
	r.invalid(path, asText(raw), "must be true or false")
	return nil
}

func (r *reader) day(m map[string]json.RawMessage, key, path string) date.Date {
	raw, ok := take(m, key)
	if !ok {
		return date.Date{}
	}
	var d date.Date
	if err := d.UnmarshalJSON(raw); err != nil {
		r.invalid(path, asText(raw), err.Error())
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
	for _, fl := range vehicleFields {
		switch p := fl.of(v).(type) {
		case **float64:
			optional(&vo, fl.Name, *p)
		case **bool:
			optional(&vo, fl.Name, *p)
		case *date.Date:
			vo.day(fl.Name, *p)
		default:
			vo.text(fl.Name, valueText(p))
		}
	}
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
	f.encodePlaces(&o)
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
