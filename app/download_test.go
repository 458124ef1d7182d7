package app

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/smart-selfcheck/selfcheck/date"
)

func TestPDFFileName(t *testing.T) {
	on := date.Of(2025, 11, 1)
	for _, tc := range []struct{ clause, registration, want string }{
		{"the registration without spaces", "AB19 CDE", "smart-selfcheck-AB19CDE-2025-11-01.pdf"},
		{"in capitals", "ab19 cde", "smart-selfcheck-AB19CDE-2025-11-01.pdf"},
		{"no registration", "", "smart-selfcheck-2025-11-01.pdf"},
		{"nothing but letters and digits reaches the file name", "../A B/é🚗", "smart-selfcheck-AB-2025-11-01.pdf"},
		{"a registration of only symbols is none", " / ", "smart-selfcheck-2025-11-01.pdf"},
	} {
		assert.Equal(t, tc.want, pdfFileName(tc.registration, on), tc.clause)
	}
}
