package cover

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestComplaintDates(t *testing.T) {
	tests := []struct {
		clause string
		made   string
		want   map[string]string
	}{
		{"001 Stage 2 from a Monday", "2025-11-24", map[string]string{
			"resolved": "2025-11-27", "acknowledged": "2025-12-01", "outcome": "2025-12-22", "final": "2026-01-19"}},
		{"001 Stage 2 across Christmas and Boxing Day", "2025-12-19", map[string]string{
			"resolved": "2025-12-24", "acknowledged": "2025-12-30", "outcome": "2026-01-16", "final": "2026-02-13"}},
		{"001 Stage 2 across Good Friday and Easter Monday", "2025-04-17", map[string]string{
			"resolved": "2025-04-24", "acknowledged": "2025-04-28", "outcome": "2025-05-15", "final": "2025-06-12"}},
		{"001 Stage 2 made on a Saturday", "2025-11-22", map[string]string{
			"resolved": "2025-11-26", "acknowledged": "2025-11-28", "outcome": "2025-12-20", "final": "2026-01-17"}},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			got := map[string]string{}
			for _, d := range ComplaintDates(ds(tt.made)) {
				got[d.ID] = d.Due.String()
				assert.NotEmpty(t, d.Source)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestComplaintStages(t *testing.T) {
	require.Len(t, ComplaintStages, 4)
	for i, s := range ComplaintStages {
		assert.Equal(t, i+1, s.Stage)
		assert.NotEmpty(t, s.Text)
		assert.NotEmpty(t, s.Source)
		if s.Phone != "" {
			_, ok := NumberOf(s.Phone)
			assert.True(t, ok, s.Phone)
		}
		if s.Email != "" {
			found := false
			for _, e := range Emails {
				found = found || e.ID == s.Email
			}
			assert.True(t, found, s.Email)
		}
		for _, id := range s.Addresses {
			_, ok := AddressOf(id)
			assert.True(t, ok, id)
		}
	}
	assert.Equal(t, []string{"fla", "bvrla"}, ComplaintStages[2].Addresses, "001 Stage 3: FLA, or the BVRLA for Vehicle Return Standards")
	assert.Equal(t, []string{"fos"}, ComplaintStages[3].Addresses, "001 Stage 4: Financial Ombudsman Service")
}
