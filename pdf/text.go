package pdf

import (
	"strings"
	"unicode"
)

// The built-in PDF fonts print Windows-1252 (cp1252) only. printable makes
// any text, whatever a driver typed, safe for them: fpdf's translator turns
// what cp1252 has into its bytes; the rest is made readable here first.

// latinExtendedA is the plain letter for each rune from U+0100 to U+017F
// (Ā to ſ), for the letters cp1252 lacks: "Łódź" prints as "Lódz".
const latinExtendedA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"

// replacements are readable stand-ins for common characters cp1252 lacks.
var replacements = map[rune]string{
	'‐': "-", '‑': "-", '‒': "-", '−': "-", '―': "—",
	'≤': "<=", '≥': ">=", '≠': "!=", '→': "->", '←': "<-", '↔': "<->",
	'✓': "v", '✔': "v", '✗': "x", '✘': "x",
	'\u00a0': " ", '\u2009': " ", '\u202f': " ", '\u2007': " ", '\u200b': "",
	'\ufeff': "", '\u00ad': "", '\u200d': "", '\u200c': "",
	'‚': ",", '′': "'", '″': "\"",
}

// cp1252Extra are the runes cp1252 holds in 0x80 to 0x9F.
const cp1252Extra = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

// printable returns s with every rune cp1252 can print kept, letters with
// marks cp1252 lacks reduced to their plain letter, control characters
// (tabs, line breaks) turned into spaces, and anything else shown as "?".
// Invalid UTF-8 becomes "?" too.
func printable(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if r < 0x20 || r == 0x7f {
				r = ' '
			}
			b.WriteRune(r)
		case r >= 0xa0 && r <= 0xff && r != 0xad, strings.ContainsRune(cp1252Extra, r):
			b.WriteRune(r)
		case r >= 0x100 && r <= 0x17f:
			b.WriteByte(latinExtendedA[r-0x100])
		default:
			if rep, ok := replacements[r]; ok {
				b.WriteString(rep)
			} else if unicode.IsControl(r) || unicode.Is(unicode.Mn, r) {
				// combining marks and controls carry no letter of their own
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}
