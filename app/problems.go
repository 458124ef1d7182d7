package app

import (
	"strconv"
	"strings"

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
		return capitalise(countFindings(fe.Problem))
	}
	return capitalise(countFindings(err.Error()))
}

// fileProblemText is a problem with a whole file, such as one being
// imported: it says where in the file, as "finding 3, sizeMm: …".
func fileProblemText(err error) string {
	fe, ok := field.As(err)
	if !ok || fe.Path == "" {
		return problemText(err)
	}
	return countFindings(strings.ReplaceAll(fe.Path, ".", ", ")) + ": " + countFindings(fe.Problem)
}

// countFindings rewrites "findings[2]" as people count: "finding 3".
func countFindings(s string) string {
	const open = "findings["
	var b strings.Builder
	for {
		before, rest, ok := strings.Cut(s, open)
		if !ok {
			break
		}
		n, after, closed := strings.Cut(rest, "]")
		i, err := strconv.Atoi(n)
		if !closed || err != nil {
			b.WriteString(before + open)
			s = rest
			continue
		}
		b.WriteString(before + "finding " + strconv.Itoa(i+1))
		s = after
	}
	return b.String() + s
}

// problemsByPath indexes field errors by their JSON path, such as
// "vehicle.firstRegistered" or "findings[2].sizeMm", for the form to show
// each beside its input.
func problemsByPath(problems []error) map[string]string {
	m := make(map[string]string, len(problems))
	for _, err := range problems {
		if p, ok := field.As(err); ok {
			if _, seen := m[p.Path]; !seen {
				m[p.Path] = problemText(p)
			}
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
