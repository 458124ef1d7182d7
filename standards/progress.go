package standards

import "fmt"

// Progress is how far the driver has got with an area of the walk round, as
// a task list shows it.
type Progress int

// Progress values.
const (
	NotStarted Progress = iota + 1 // nothing recorded and not marked checked
	InProgress                     // a finding still lacks a fact its verdict depends on
	Checked                        // marked "checked, nothing found", or every finding has what its verdict needs
)

var (
	progressNames = [...]string{"", "not-started", "in-progress", "checked"}
	progressWords = [...]string{"", "Not started", "In progress", "Checked"}
)

// String is the progress's id: "not-started", "in-progress" or "checked".
func (p Progress) String() string { return name(progressNames[:], int(p), "Progress") }

// Words are the status as the task list and the PDF show it: "Not
// started", "In progress" or "Checked".
func (p Progress) Words() string { return name(progressWords[:], int(p), "Progress") }

func (p Progress) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

func (p *Progress) UnmarshalText(b []byte) error {
	i, ok := lookup(progressNames[:], string(b))
	if !ok {
		return fmt.Errorf("must be not-started, in-progress or checked")
	}
	*p = Progress(i)
	return nil
}

// missing reports whether fd lacks the fact fl holds. A high-profile answer
// is not missing when the location names a catalogue panel: the panel says it.
func (fl *Field) missing(fd *Finding) bool {
	switch {
	case fl.text != nil:
		return *fl.text(fd) == ""
	case fl.number != nil:
		return *fl.number(fd) == nil
	case fl.flag != nil:
		if fl.Name == highProfileField.Name {
			if _, ok := PanelAnswer(fd.Location); ok {
				return false
			}
		}
		return *fl.flag(fd) == nil
	}
	return false
}

// incomplete reports whether a finding lacks a fact its verdict depends on.
func incomplete(fd *Finding) bool {
	k, ok := KindByID(fd.Kind)
	if !ok {
		return false
	}
	for i := range k.Fields {
		if k.Fields[i].Needed && k.Fields[i].missing(fd) {
			return true
		}
	}
	return false
}

// progress is an area's Progress from whether it was marked checked and
// whether it has findings, and of them, incomplete ones.
func progress(marked bool, findings, incomplete int) Progress {
	switch {
	case incomplete > 0:
		return InProgress
	case marked || findings > 0:
		return Checked
	}
	return NotStarted
}
