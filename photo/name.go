package photo

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxNameLength bounds a photo's file name: names are made by the app
// ("front.jpg", "dent-1.jpg"); a longer one is not from it.
const MaxNameLength = 64

// NameProblem says what is wrong with name as a photo's file name, "" when
// nothing is: a photo is photos/NAME.jpg in the archive, NAME of lower-case
// letters, digits and dashes, so it is safe as a path on every system.
func NameProblem(name string) string {
	base, ok := strings.CutSuffix(name, ".jpg")
	switch {
	case name == "":
		return "must be a photo's file name, such as dent-1.jpg"
	case len(name) > MaxNameLength:
		return fmt.Sprintf("must be at most %d characters", MaxNameLength)
	case strings.ContainsAny(name, `/\`) || strings.Contains(name, ".."):
		return fmt.Sprintf("%q is a path: must be a file name, such as dent-1.jpg", name)
	case !ok || base == "":
		return fmt.Sprintf("%q must end in .jpg", name)
	}
	for _, c := range base {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return fmt.Sprintf("%q may hold only lower-case letters, digits and dashes before .jpg", name)
		}
	}
	return ""
}

// ShotName is the file name of a guided shot's photo.
func ShotName(shotID string) string { return shotID + ".jpg" }

// NewName returns a name for a close-up of a finding of the condition kind
// ("body.dent": "dent-1.jpg"), the first not in use.
func NewName(kind string, inUse func(string) bool) string {
	base := kind[strings.LastIndexByte(kind, '.')+1:]
	var b strings.Builder
	for _, c := range strings.ToLower(base) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		} else if b.Len() > 0 {
			b.WriteByte('-')
		}
	}
	stem := strings.Trim(b.String(), "-")
	if stem == "" || len(stem) > 40 {
		stem = "photo"
	}
	for i := 1; ; i++ {
		if name := stem + "-" + strconv.Itoa(i) + ".jpg"; !inUse(name) {
			return name
		}
	}
}
