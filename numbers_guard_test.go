package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numberAllowed are the numbers the product writes that the documents do
// not, each with why it is there. Review a new line as carefully as a rule.
var numberAllowed = map[string]string{
	"2019-03-14":     "the example date in a date field's problem (a format, not a rule)",
	"2025-11-24":     "the example date in the complaint date's problem (a format, not a rule)",
	"2006-01-02":     "Go's date layout, naming an exported file",
	"15:04":          "Go's time layout, for the time a position was taken",
	"2006":           "Go's time layout's year, for the time a photo was taken",
	"165/65 R15":     "the example tyre size in the tyre size hint (a format, not a rule)",
	"4.5":            "an example number, 12 or 4.5, in a size field's problem (a format, not a rule)",
	"44 7700 900123": "an example mobile number, from the UK's range set aside for drama, in the phone field's problem",
	"100":            "the tester card's 100 mm ruler, which checks that the printer did not scale the page",
	"2000":           "the SVG namespace www.w3.org/2000/svg of the QR code, never shown",
	"000":            "the colour #000 of the QR code, never shown",
	"112":            "the European emergency number, said first on the assistance screen for anyone hurt or in danger: free from any phone in the EU (European Electronic Communications Code) and in the UK (Ofcom); the documents give no emergency number",
	"999":            "the UK's emergency number, beside 112 for anyone hurt or in danger (Ofcom); the documents give no emergency number",
}

// Every number written in the product's text (string literals in standards,
// cover, app and pdf) is in the documents or in numberAllowed with a reason.
func TestEveryNumberIsInTheDocuments(t *testing.T) {
	docs := ""
	files, _ := filepath.Glob(filepath.Join("..", "shared", "seeds", "00*.txt"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "00*.txt"))
	}
	require.Len(t, files, 3, "the three source documents beside the repository")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		docs += " " + string(b)
	}
	known := map[string]bool{}
	for _, n := range numberRE.FindAllString(docs, -1) {
		known[n], known[strings.ReplaceAll(n, ",", "")] = true, true
	}
	digits := onlyDigits(docs)

	var unknown []string
	used := map[string]bool{}
	for _, pkg := range []string{"standards", "cover", "app", "pdf"} {
		for n, where := range productNumbers(t, pkg) {
			// A tel: link is a printed number in E.164: +44 20… is 020…, +353… is 00353….
			if d, ok := strings.CutPrefix(n, "tel:+"); ok {
				uk, isUK := strings.CutPrefix(d, "44")
				if !strings.Contains(digits, d) && !(isUK && strings.Contains(digits, "0"+uk)) {
					unknown = append(unknown, n+" ("+where+")")
				}
				continue
			}
			_, allowed := numberAllowed[n]
			if allowed && !known[n] {
				used[n] = true
			}
			if known[n] || known[strings.ReplaceAll(n, ",", "")] || allowed {
				continue
			}
			// A phone number written in groups: its digits run together in a document.
			if strings.Contains(n, " ") && strings.Contains(digits, onlyDigits(n)) {
				continue
			}
			unknown = append(unknown, n+" ("+where+")")
		}
	}
	sort.Strings(unknown)
	assert.Empty(t, unknown, "numbers in the product that are neither in the documents nor allowed with a reason")
	for n, why := range numberAllowed {
		assert.NotEmpty(t, why, "%s: say why it is allowed", n)
		assert.True(t, used[n], "%s is allowed but not needed: remove it from the list", n)
	}
}

var (
	// numberRE is a number as written: a date 2019-03-14, a time 15:04, a
	// tyre size 165/65 R15, 12,400, 1.6 (also in 1.6mm), and 00800 2777 7777
	// (groups of digits joined by single spaces).
	numberRE = regexp.MustCompile(`\b(?:\d{4}-\d\d-\d\d|\d\d:\d\d|\d{3}/\d\d R\d\d|\d+(?:[.,]\d+)*(?: \d{2,}(?:[.,]\d+)*)*)`)
)

func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// productNumbers are the numbers in the string literals of the package's
// Go files (tests left out), with where the first was found.
func productNumbers(t *testing.T, pkg string) map[string]string {
	t.Helper()
	out := map[string]string{}
	files, err := filepath.Glob(filepath.Join(pkg, "*.go"))
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, f := range files {
		// geo.go's strings are the countries' outlines in coordinates, data
		// the driver never reads.
		if strings.HasSuffix(f, "_test.go") || f == filepath.Join("cover", "geo.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(af, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			if strings.HasPrefix(s, "tel:+") {
				out[s] = fset.Position(lit.Pos()).String()
				return true
			}
			for _, num := range numberRE.FindAllString(s, -1) {
				if _, seen := out[num]; !seen {
					out[num] = fset.Position(lit.Pos()).String()
				}
			}
			return true
		})
	}
	return out
}

// Drivers read sources as document names, never the seeds' file ids.
func TestNoFileIDsInProductText(t *testing.T) {
	fileID := regexp.MustCompile(`\(00[0-2]\)`)
	fset := token.NewFileSet()
	for _, pkg := range []string{"standards", "cover", "app", "pdf"} {
		files, err := filepath.Glob(filepath.Join(pkg, "*.go"))
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(fset, f, nil, 0)
			require.NoError(t, err)
			ast.Inspect(af, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					assert.NotRegexp(t, fileID, lit.Value, fset.Position(lit.Pos()).String())
				}
				return true
			})
		}
	}
}
