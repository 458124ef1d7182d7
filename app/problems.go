package app

import (
	"github.com/smart-selfcheck/selfcheck/field"
)

// problemText is the one place an error becomes words on screen. A field
// error is shown next to its field, so only the problem is said; anything
// else is said whole.
func problemText(err error) string {
	if err == nil {
		return ""
	}
	if fe, ok := field.As(err); ok {
		return capitalise(fe.Problem)
	}
	return capitalise(err.Error())
}

// problemsByPath indexes field errors by their JSON path, such as
// "vehicle.firstRegistered" or "findings[2].sizeMm", for the form to show
// each beside its input.
func problemsByPath(problems []*field.Error) map[string]string {
	m := make(map[string]string, len(problems))
	for _, p := range problems {
		if _, seen := m[p.Path]; !seen {
			m[p.Path] = problemText(p)
		}
	}
	return m
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
