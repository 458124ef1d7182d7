package app

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
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
		t.Run(tc.clause, func(t *testing.T) {
			assert.Equal(t, tc.want, pdfFileName(tc.registration, on))
		})
	}
}

// The PDF is asked for with the check the screen holds and the day it
// judged it on, never what the storage holds or today.
func TestPDFRequestCarriesTheScreensCheckAndDay(t *testing.T) {
	onScreen := &standards.File{Vehicle: standards.Vehicle{RegistrationNumber: "ZZ99 UNS"}}
	judgedOn := date.Of(2025, 11, 1)
	leeds := cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}
	for _, tc := range []struct {
		clause   string
		retailer cover.Retailer
		want     *cover.Retailer
	}{
		{"without a kiosk", cover.Retailer{}, nil},
		{"with a kiosk's retailer beside the numbers", leeds, &leeds},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			req, name, err := pdfRequest(onScreen, judgedOn, tc.retailer)
			require.NoError(t, err)
			assert.Equal(t, workerapi.PDF, req.Kind)
			assert.Equal(t, judgedOn, req.On)
			assert.Equal(t, tc.want, req.Retailer)
			f, problems := standards.Parse([]byte(req.File))
			require.NotNil(t, f, "%v", problems)
			assert.Equal(t, "ZZ99 UNS", f.Vehicle.RegistrationNumber)
			assert.Equal(t, "smart-selfcheck-ZZ99UNS-2025-11-01.pdf", name)
		})
	}
	t.Run("a check that could not be read has nothing to print", func(t *testing.T) {
		_, _, err := pdfRequest(nil, judgedOn, cover.Retailer{})
		assert.ErrorIs(t, err, errNothingToPrint)
	})
}
