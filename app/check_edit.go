package app

import (
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
	// elsewhere are the problems no input shows (an unknown item), and
	// those of values the file read could not hold, in words for a notice.
	elsewhere []string
	dropped   []string
	report    standards.Report

	// Read from the report for the screens, so Render only reads.
	effects      []string
	checked      int              // areas checked
	have, needed int              // items in hand, items required
	byArea       map[string][]int // finding indexes by area id
	byVerdict    map[standards.Verdict][]int
	actions      []standards.Action     // by due date
	areasLeft    []standards.AreaStatus // not read as checked yet
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

func numberText(n *float64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatFloat(*n, 'f', -1, 64)
}

func findingPath(i int) string { return standards.FindingPath(i) }

// set applies text typed into the input at path ("vehicle.mileage",
// "findings[2].sizeMm") and re-judges the check.
func (s *checkState) set(path, text string, today date.Date) {
	s.raw[path] = text
	s.refresh(today)
}

// apply writes the raw text at path into the file; a value the file cannot
// hold leaves the field not given, with the problem returned. Text kept for
// a field no longer there (a finding removed) is let be.
func (s *checkState) apply(path, text string) error {
	if s.file.Field(path) == nil {
		return nil
	}
	err := s.file.Set(path, text)
	if err != nil {
		s.file.Set(path, "")
	}
	return err
}

// refresh applies every typed value, keeps out of the file those the
// standards reject (an end date before registration, a 2000 mm chip), and
// judges the check as of today.
func (s *checkState) refresh(today date.Date) {
	var problems []error
	paths := make([]string, 0, len(s.raw))
	for path := range s.raw {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		if err := s.apply(path, s.raw[path]); err != nil {
			problems = append(problems, err)
		}
	}
	for _, p := range s.file.Problems() {
		if p.Kind == standards.Missing {
			continue // the labels say which fields are required
		}
		// A value the standards reject leaves the file for its input, even
		// one not typed here (a stored powertrain that a new agreement
		// rules out), so the file holds only what they accept.
		if _, typed := s.raw[p.Path]; !typed && s.file.Field(p.Path) != nil {
			s.raw[p.Path] = s.file.Value(p.Path)
		}
		if _, typed := s.raw[p.Path]; typed {
			s.apply(p.Path, "")
		}
		problems = append(problems, p)
	}
	s.problems = problemsByPath(problems)
	s.elsewhere = s.dropped
	for _, err := range problems {
		if p, ok := field.As(err); ok && s.file.Field(p.Path) == nil && !strings.HasSuffix(p.Path, ".kind") {
			s.elsewhere = append(s.elsewhere, fileProblemText(p))
		}
	}
	s.report = standards.Evaluate(s.file, today)
	s.effects = effects(s.file, &s.report, s.problems)
	s.areasLeft = s.report.AreasLeft()
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

// readWith takes in the problems of the file as it was read: values that
// their fields cannot hold are shown in them again, as drafts, and those no
// input shows are said in a notice. Nothing is dropped without a word.
func (s *checkState) readWith(problems []*standards.Problem, today date.Date) {
	for _, p := range problems {
		if p.Kind != standards.Invalid || p.Text == "" {
			continue
		}
		if s.file.Field(p.Path) == nil {
			s.dropped = append(s.dropped, fileProblemText(p)+" (left out)")
		} else if _, typed := s.raw[p.Path]; !typed {
			s.raw[p.Path] = p.Text
		}
	}
	s.refresh(today)
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
	return s.file.Value(path)
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
		i, name, ok := standards.SplitFindingPath(path)
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
