package cover

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/field"
)

func TestBatteryCare(t *testing.T) {
	base := BatteryQuestion{
		FirstRegistered: ds("2022-03-01"),
		LastCheck:       BatteryDone{On: ds("2024-01-15"), Miles: 10000},
		LastCartridge:   BatteryDone{On: ds("2023-01-15"), Miles: 4000},
	}
	tests := []struct {
		clause            string
		on                string
		miles             int
		checkBy, cartBy   string
		checkAt, cartAt   int
		checkDue, cartDue bool
		summary           string
	}{
		{"001: battery check every 12 months or 12,400 miles: not yet due", "2024-06-01", 15000, "2025-01-15", "2025-01-15", 22400, 28800, false, false, "next due by 15 January 2025 or at 22,400 miles, whichever comes first (last done on 15 January 2024 at 10,000 miles)"},
		{"001: whichever comes first: the mileage", "2024-06-01", 22400, "2025-01-15", "2025-01-15", 22400, 28800, true, false, "due now: it was due at 22,400 miles"},
		{"001: whichever comes first: the date (on the day)", "2025-01-15", 16000, "2025-01-15", "2025-01-15", 22400, 28800, true, true, "due now: it was due on 15 January 2025"},
		{"001: the day before is not due", "2025-01-14", 16000, "2025-01-15", "2025-01-15", 22400, 28800, false, false, ""},
		{"001: drying cartridge every 24 months or 24,800 miles: the mileage", "2024-06-01", 28800, "2025-01-15", "2025-01-15", 22400, 28800, true, true, ""},
		{"current mileage not known: dates only, and the driver is asked for it", "2024-06-01", 0, "2025-01-15", "2025-01-15", 22400, 28800, false, false, "give today's mileage"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			q := base
			q.On, q.Miles = ds(tt.on), tt.miles
			due, err := BatteryCare(q)
			require.NoError(t, err)
			require.Len(t, due, 2)
			assert.Equal(t, tt.checkBy, due[0].ByDate.String())
			assert.Equal(t, tt.checkAt, due[0].ByMiles)
			assert.Equal(t, tt.checkDue, due[0].Due)
			assert.Equal(t, tt.cartBy, due[1].ByDate.String())
			assert.Equal(t, tt.cartAt, due[1].ByMiles)
			assert.Equal(t, tt.cartDue, due[1].Due)
			assert.Contains(t, due[0].Summary, tt.summary)
		})
	}
	t.Run("not done yet: counted from first registration at 0 miles", func(t *testing.T) {
		due, err := BatteryCare(BatteryQuestion{FirstRegistered: ds("2024-02-29"), On: ds("2024-06-01")})
		require.NoError(t, err)
		assert.Equal(t, "2025-02-28", due[0].ByDate.String(), "12 months from 29 February")
		assert.Equal(t, 12400, due[0].ByMiles)
		assert.Equal(t, "2026-02-28", due[1].ByDate.String())
		assert.Equal(t, 24800, due[1].ByMiles)
		assert.Contains(t, due[0].Summary, "not done yet")
	})
	assert.Equal(t, 80, BatteryReplacement.BelowPercent, "001: If the battery falls below 80% of its capacity, we will replace the battery")
	assert.Contains(t, BatteryReplacement.Text, "below 80% of its capacity")
}

func TestBatteryCareInput(t *testing.T) {
	tests := []struct {
		clause string
		q      BatteryQuestion
		path   string
	}{
		{"first registration missing", BatteryQuestion{On: ds("2024-01-01")}, "firstRegistered"},
		{"check before registration", BatteryQuestion{FirstRegistered: ds("2022-01-01"), On: ds("2024-01-01"), LastCheck: BatteryDone{On: ds("2021-01-01")}}, "lastCheck.on"},
		{"cartridge after today", BatteryQuestion{FirstRegistered: ds("2022-01-01"), On: ds("2024-01-01"), LastCartridge: BatteryDone{On: ds("2024-02-01")}}, "lastCartridge.on"},
		{"negative mileage", BatteryQuestion{FirstRegistered: ds("2022-01-01"), On: ds("2024-01-01"), Miles: -5}, "miles"},
		{"mileage then above mileage now", BatteryQuestion{FirstRegistered: ds("2022-01-01"), On: ds("2024-01-01"), Miles: 100, LastCheck: BatteryDone{On: ds("2023-01-01"), Miles: 200}}, "lastCheck.miles"},
		{"mileage with no date", BatteryQuestion{FirstRegistered: ds("2022-01-01"), On: ds("2024-01-01"), LastCheck: BatteryDone{Miles: 200}}, "lastCheck.on"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			_, err := BatteryCare(tt.q)
			fe, ok := field.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, tt.path, fe.Path)
		})
	}
	assert.Equal(t, "1,234,567", miles(1234567))
	assert.Equal(t, "800", miles(800))
}
