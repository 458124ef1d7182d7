package pdf

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// on is the day the test documents are made.
var on = date.Of(2025, 11, 26)

func load(t testing.TB, name string) *standards.File {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	f, err := standards.Decode(b)
	require.NoError(t, err)
	return f
}

// render writes the document uncompressed, so tests can read it.
func render(t testing.TB, in Input) []byte {
	t.Helper()
	in.Uncompressed = true
	if in.On.IsZero() {
		in.On = on
	}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, in))
	return buf.Bytes()
}

// flat is the text of all pages with every run of white space, line
// breaks included, as one space.
func flat(pages []string) string { return strings.Join(strings.Fields(strings.Join(pages, " ")), " ") }

// pageStreams are the content streams of an uncompressed document, one per
// page in order: the document has no other streams (core fonts, no images).
func pageStreams(t testing.TB, pdf []byte) []string {
	t.Helper()
	var out []string
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			break
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		require.GreaterOrEqual(t, j, 0, "a stream without endstream")
		out = append(out, string(rest[:j]))
		rest = rest[j+len("endstream"):]
	}
	m := regexp.MustCompile(`/Count (\d+)`).FindSubmatch(pdf)
	require.NotNil(t, m, "no page count")
	n, _ := strconv.Atoi(string(m[1]))
	require.Len(t, out, n, "one content stream per page")
	return out
}

// pageTexts are the texts shown on each page, one line per text operator,
// decoded from cp1252.
func pageTexts(t testing.TB, pdf []byte) []string {
	t.Helper()
	var pages []string
	for _, s := range pageStreams(t, pdf) {
		var lines []string
		for _, lit := range shownStrings(s) {
			u, err := charmap.Windows1252.NewDecoder().String(lit)
			require.NoError(t, err)
			lines = append(lines, u)
		}
		pages = append(pages, strings.Join(lines, "\n"))
	}
	return pages
}

// shownStrings are the string operands of the Tj operators in a content
// stream, unescaped.
func shownStrings(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		var b strings.Builder
		depth := 1
		j := i + 1
		for ; j < len(s) && depth > 0; j++ {
			c := s[j]
			switch {
			case c == '\\' && j+1 < len(s):
				j++
				switch e := s[j]; e {
				case 'n':
					b.WriteByte('\n')
				case 'r':
					b.WriteByte('\r')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(e)
				}
				continue
			case c == '(':
				depth++
			case c == ')':
				depth--
				if depth == 0 {
					continue
				}
			}
			b.WriteByte(c)
		}
		if strings.HasPrefix(strings.TrimSpace(s[j:]), "Tj") {
			out = append(out, b.String())
		}
		i = j - 1
	}
	return out
}

// path is a painted path of a content stream, in PDF points.
type path struct {
	ends  [][2]float64 // the start point and the end point of each straight segment
	arcs  [][2]float64 // the end point of each curve
	rects [][4]float64 // x, y, w, h of each rectangle
	lines int          // straight segments
}

// paths parses the painted paths of a content stream.
func paths(s string) []path {
	var out []path
	var cur path
	var stack []float64
	for _, tok := range strings.Fields(s) {
		if v, err := strconv.ParseFloat(tok, 64); err == nil {
			stack = append(stack, v)
			continue
		}
		n := len(stack)
		switch tok {
		case "m":
			if n >= 2 {
				cur.ends = append(cur.ends, [2]float64{stack[n-2], stack[n-1]})
			}
		case "l":
			if n >= 2 {
				cur.ends = append(cur.ends, [2]float64{stack[n-2], stack[n-1]})
				cur.lines++
			}
		case "c":
			if n >= 6 {
				cur.arcs = append(cur.arcs, [2]float64{stack[n-2], stack[n-1]})
			}
		case "re":
			if n >= 4 {
				cur.rects = append(cur.rects, [4]float64{stack[n-4], stack[n-3], stack[n-2], stack[n-1]})
			}
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n":
			out = append(out, cur)
			cur = path{}
		}
		stack = stack[:0]
	}
	return out
}

// pt converts millimetres to PDF points.
func pt(mm float64) float64 { return mm * 72 / 25.4 }
