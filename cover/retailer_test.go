package cover

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// problem is part of what check says about s, "" when s is fine.
func problem(check func(string) error, s string) string {
	if err := check(s); err != nil {
		return err.Error()
	}
	return ""
}

// checkRow is a text and part of what a check says about it: "" when fine.
type checkRow struct{ clause, text, want string }

// runChecks runs check on each row's text.
func runChecks(t *testing.T, check func(string) error, rows []checkRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.clause, func(t *testing.T) {
			got := problem(check, tc.text)
			if tc.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tc.want)
		})
	}
}

func TestCheckPhone(t *testing.T) {
	runChecks(t, CheckPhone, []checkRow{
		{"a UK landline with spaces", "0113 496 0000", ""},
		{"a UK mobile", "07700 900123", ""},
		{"international with + and brackets", "+44 (0)7700-900123", ""},
		{"15 digits, as E.164 allows", "+123 456 789 012 345", ""},
		{"letters cannot be dialled", "call me", `"c" cannot be dialled`},
		{"a + in the middle cannot be dialled", "0044+7700 900123", `"+" cannot be dialled`},
		{"a javascript: link cannot be dialled", "javascript:alert(1)", "cannot be dialled"},
		{"a right-to-left override cannot be dialled", "0113\u202e496 0000", "cannot be dialled"},
		{"fewer than 7 digits is too short", "+44 77", "too short"},
		{"6 digits is too short", "496 000", "too short"},
		{"16 digits is too many", "1234 5678 9012 3456", "too many digits"},
		{"more than 30 characters", strings.Repeat("1 ", 16), "longer than a phone number"},
	})
}

func TestCheckRetailerName(t *testing.T) {
	runChecks(t, CheckRetailerName, []checkRow{
		{"a plain name", "smart Centre Leeds", ""},
		{"letters beyond ASCII", "smart Zürich", ""},
		{"80 characters", strings.Repeat("a", 80), ""},
		{"81 characters", strings.Repeat("a", 81), "longer than 80"},
		{"markup", "<script>alert(1)</script>", "characters a name does not have"},
		{"a control character", "smart\nLeeds", "characters a name does not have"},
		{"a right-to-left override", "smart \u202eSDEEL", "characters a name does not have"},
		{"a bidirectional isolate", "smart \u2067Leeds\u2069", "characters a name does not have"},
		{"a zero-width space", "smart\u200bLeeds", "characters a name does not have"},
		{"a byte-order mark", "smart\ufeffLeeds", "characters a name does not have"},
		{"a Hangul filler", "smart\u3164", "characters a name does not have"},
	})
}

func TestCheckEmail(t *testing.T) {
	for _, tc := range []struct {
		clause, email string
		ok            bool
	}{
		{"a plain address", "sales@leeds.example", true},
		{"letters beyond ASCII, an apostrophe and a plus", "o'brien+kiosk@zürich.example", true},
		{"no @", "sales.leeds.example", false},
		{"no dot in the domain", "sales@localhost", false},
		{"a display name", "Sales <s@x.example>", false},
		{"more fields for the mailto: link", "sales@x.example?cc=evil@evil.example", false},
		{"a fragment", "sales@x.example#top", false},
		{"an encoded field", "sales%3Fcc=e@x.example", false},
		{"a leading dot", ".sales@x.example", false},
		{"two dots", "sa..les@x.example", false},
		{"a label starting with a dash", "sales@-x.example", false},
		{"an override", "sales\u202e@x.example", false},
		{"longer than 254 characters", strings.Repeat("a", 250) + "@x.example", false},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			assert.Equal(t, tc.ok, CheckEmail(tc.email) == nil, problem(CheckEmail, tc.email))
		})
	}
}

func TestRetailerTel(t *testing.T) {
	for _, tc := range []struct {
		clause, phone, want string
	}{
		{"a UK number keeps its digits", "0113 496 0000", "tel:01134960000"},
		{"a leading + is kept", "+44 (0)113 496-0000", "tel:+4401134960000"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			assert.Equal(t, tc.want, Retailer{Phone: tc.phone}.Tel())
		})
	}
}
