package standards

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits a real self-check never reaches. A file past them is refused at
// once, before its findings are read, so a broken or hostile file cannot
// hold the app, the commands or the PDF for long.
const (
	// MaxFileBytes bounds a self-check file, which holds no photos: a check
	// of 60 findings, each with a note, is about 30 KB.
	MaxFileBytes = 1 << 20
	// MaxFindings bounds the findings of one check; a car in poor shape has
	// a few dozen.
	MaxFindings = 500
	// MaxFindingsPerArea bounds the findings in one area, such as the body.
	MaxFindingsPerArea = 100
)

// TextLimit bounds a text field's length, in characters, with the reason.
type TextLimit struct {
	Max int    `json:"max"`
	Why string `json:"why"`
}

// The limits of every text field of the file. Nothing a driver types for
// a real car comes near them; past them, the field's problem says so.
var (
	modelLimit        = &TextLimit{60, "a model name is a few words, such as smart #1 Premium"}
	registrationLimit = &TextLimit{16, "a number plate has at most 7 characters in the UK, a few more abroad"}
	locationLimit     = &TextLimit{200, "where on the car is a few words"}
	brandLimit        = &TextLimit{60, "a tyre brand is a name, such as Pirelli"}
	tyreSizeLimit     = &TextLimit{40, "a tyre size is short, such as 165/65 R15"}
	noteLimit         = &TextLimit{2000, "a note is a few paragraphs"}
)

// check notes the problem when s at path is longer than the limit.
func (l *TextLimit) check(r *reader, path, s string) {
	if l == nil || len(s) <= l.Max { // a byte at least per character
		return
	}
	if n := utf8.RuneCountInString(s); n > l.Max {
		r.invalid(path, "", "must be at most "+strconv.Itoa(l.Max)+" characters ("+l.Why+"), not "+strconv.Itoa(n))
	}
}

// SizeProblem is the problem with a file of n bytes, nil when it is not
// too large.
func SizeProblem(n int) *Problem {
	if n <= MaxFileBytes {
		return nil
	}
	return unreadable("", fmt.Sprintf("the file is larger than %d MB: a self-check holds no photos and is never that large", MaxFileBytes>>20))
}

// totalProblem is the problem with a file of n findings, nil when they
// are within MaxFindings.
func totalProblem(n int) *Problem {
	if n <= MaxFindings {
		return nil
	}
	return unreadable("findings", fmt.Sprintf("%d findings are more than any car has: at most %d", n, MaxFindings))
}

// countProblem is the problem with a file of these findings, nil when
// they are within MaxFindings and MaxFindingsPerArea.
func countProblem(findings []Finding) *Problem {
	if p := totalProblem(len(findings)); p != nil {
		return p
	}
	perArea := map[string]int{}
	for i := range findings {
		if k, ok := KindByID(findings[i].Kind); ok {
			perArea[k.Area]++
		}
	}
	for _, a := range Contents().Areas {
		if n := perArea[a.ID]; n > MaxFindingsPerArea {
			return unreadable("findings", fmt.Sprintf("%d findings in %s are more than any car has: at most %d an area",
				n, strings.ToLower(a.Label), MaxFindingsPerArea))
		}
	}
	return nil
}
