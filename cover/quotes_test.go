package cover

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// squash keeps letters and digits, lower case: the scraped documents lost
// apostrophes and dashes.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// The words the app quotes are the documents' words.
func TestQuotesAreInTheDocuments(t *testing.T) {
	docs := map[string]string{}
	for _, prefix := range []string{"000", "001"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", prefix+"_*.txt"))
		require.Len(t, files, 1, "the source documents are next to the repository")
		b, err := os.ReadFile(files[0])
		require.NoError(t, err)
		docs[prefix] = squash(string(b))
	}
	check := func(text, source string) {
		doc := docs["001"]
		if strings.HasPrefix(source, srcPage) {
			doc = docs["000"]
		}
		assert.True(t, strings.Contains(doc, squash(text)), "%q is not word for word in %s", text, source)
	}
	for _, a := range Agreements {
		for _, p := range a.Points {
			check(p.Text, p.Source)
		}
	}
	for _, r := range SchemeRules {
		check(r.Rule, r.Source)
	}
	check(BatteryReplacement.Text, BatteryReplacement.Source)
	for _, o := range Outcomes {
		check(o.Text, o.Source)
	}
	for _, w := range WebAddresses {
		check(w.Address, w.Source)
	}
}
