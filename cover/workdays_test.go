package cover

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/smart-selfcheck/selfcheck/date"
)

func d(y int, m time.Month, day int) date.Date { return date.Of(y, m, day) }

func TestLastOfWorkingDays(t *testing.T) {
	tests := []struct {
		clause string
		start  date.Date
		n      int
		nation Nation
		want   date.Date
	}{
		{"000 Replacement car: up to three working days, from a Monday", d(2025, 11, 24), 3, EnglandAndWales, d(2025, 11, 26)},
		{"three working days from a Saturday start on the Monday", d(2025, 11, 22), 3, EnglandAndWales, d(2025, 11, 26)},
		{"Christmas Day and Boxing Day are not working days", d(2025, 12, 24), 3, EnglandAndWales, d(2025, 12, 30)},
		{"Christmas on a Saturday: substitute days Monday 27 and Tuesday 28 December 2021", d(2021, 12, 24), 3, EnglandAndWales, d(2021, 12, 30)},
		{"Good Friday and Easter Monday 2025 in England and Wales", d(2025, 4, 17), 3, EnglandAndWales, d(2025, 4, 23)},
		{"Easter Monday is not a bank holiday in Scotland", d(2025, 4, 17), 3, Scotland, d(2025, 4, 22)},
		{"start on the Summer bank holiday (England and Wales)", d(2025, 8, 25), 3, EnglandAndWales, d(2025, 8, 28)},
		{"2 January is a bank holiday in Scotland only", d(2024, 12, 31), 3, Scotland, d(2025, 1, 6)},
		{"2 January is a working day in England and Wales", d(2024, 12, 31), 3, EnglandAndWales, d(2025, 1, 3)},
		{"2 January 2022 on a Sunday moves to Tuesday 4 January in Scotland", d(2021, 12, 31), 2, Scotland, d(2022, 1, 5)},
		{"New Year's Day 2022 on a Saturday moves to Monday 3 January", d(2021, 12, 31), 2, EnglandAndWales, d(2022, 1, 4)},
		{"St Patrick's Day in Northern Ireland", d(2025, 3, 17), 3, NorthernIreland, d(2025, 3, 20)},
		{"St Andrew's Day 2025 on a Sunday moves to Monday 1 December in Scotland", d(2025, 12, 1), 1, Scotland, d(2025, 12, 2)},
		{"State Funeral of Queen Elizabeth II, 19 September 2022 (missing from rickar/cal)", d(2022, 9, 16), 2, EnglandAndWales, d(2022, 9, 20)},
		{"000 smartmove Loan car: up to two working days", d(2025, 11, 28), 2, EnglandAndWales, d(2025, 12, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			assert.Equal(t, tt.want.String(), LastOfWorkingDays(tt.start, tt.n, tt.nation).String())
		})
	}
}

func TestWorkingDaysAfter(t *testing.T) {
	tests := []struct {
		clause string
		day    date.Date
		n      int
		want   date.Date
	}{
		{"001 complaint Stage 2: within three working days of a Monday", d(2025, 11, 24), 3, d(2025, 11, 27)},
		{"001 complaint Stage 2: five working days across a weekend", d(2025, 11, 24), 5, d(2025, 12, 1)},
		{"complaint made on a Saturday", d(2025, 11, 22), 3, d(2025, 11, 26)},
		{"complaint made on Christmas Eve 2025", d(2025, 12, 24), 3, d(2025, 12, 31)},
		{"complaint made the Thursday before Easter 2024", d(2024, 3, 28), 3, d(2024, 4, 4)},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			assert.Equal(t, tt.want.String(), WorkingDaysAfter(tt.day, tt.n, EnglandAndWales).String())
		})
	}
}

func TestHoliday(t *testing.T) {
	assert.Equal(t, "Christmas Day", Holiday(d(2025, 12, 25), EnglandAndWales))
	assert.Equal(t, "", Holiday(d(2025, 12, 24), EnglandAndWales))
	assert.Equal(t, "", Holiday(d(2021, 12, 25), EnglandAndWales), "Saturday: the holiday is on the Monday")
	assert.Equal(t, "2nd January", Holiday(d(2025, 1, 2), Scotland))
	assert.Equal(t, "", Holiday(d(2025, 1, 2), EnglandAndWales))
	assert.False(t, IsWorkingDay(d(2025, 11, 22), EnglandAndWales), "Saturday")
	assert.True(t, IsWorkingDay(d(2025, 11, 24), EnglandAndWales), "Monday")
}

func TestCountWorkingDays(t *testing.T) {
	t.Run("000 up to three working days over Christmas names the days skipped", func(t *testing.T) {
		w := CountWorkingDays(d(2025, 12, 24), 3)
		assert.Equal(t, "2025-12-30", w.Until.String())
		assert.Equal(t, []string{"Thursday 25 December 2025 (Christmas Day)", "Friday 26 December 2025 (Boxing Day)"}, w.Skipped)
		assert.True(t, w.Later.IsZero())
		assert.Empty(t, w.Note)
	})
	t.Run("a Scottish bank holiday makes the period end later there: the earlier day is shown, and said", func(t *testing.T) {
		w := CountWorkingDays(d(2024, 12, 31), 3, Scotland)
		assert.Equal(t, d(2025, 1, 3), w.Until)
		assert.Equal(t, d(2025, 1, 6), w.Later)
		assert.Contains(t, w.Note, "up to Friday 3 January 2025 in England and Wales; up to Monday 6 January 2025 in Scotland")
		assert.Contains(t, w.Note, "we show the earlier day")
		assert.NotContains(t, w.Note, "Northern Ireland", "only the nation said and England and Wales count")
	})
	for _, tt := range []struct {
		clause string
		nation []Nation
		until  date.Date
		note   string
	}{
		{"000 Replacement car, up to three working days from Good Friday 2026: Scotland has no Easter Monday, so it ends a day earlier there", []Nation{Scotland}, d(2026, 4, 8), "up to Wednesday 8 April 2026 in Scotland; up to Thursday 9 April 2026 in England and Wales"},
		{"Good Friday 2026, nation not said: every nation counts, the earliest is shown", nil, d(2026, 4, 8), "in England and Wales and Northern Ireland"},
		{"Good Friday 2026 in England: Easter Monday is a bank holiday", []Nation{EnglandAndWales}, d(2026, 4, 9), ""},
		{"Northern Ireland adds St Patrick's Day 2026: England and Wales ends earlier, and that is shown", []Nation{NorthernIreland}, d(2026, 3, 18), "up to Thursday 19 March 2026 in Northern Ireland"},
	} {
		t.Run(tt.clause, func(t *testing.T) {
			start := d(2026, 4, 3)
			if tt.until.Month() == 3 {
				start = d(2026, 3, 16)
			}
			w := CountWorkingDays(start, 3, tt.nation...)
			assert.Equal(t, tt.until.String(), w.Until.String())
			assert.Contains(t, w.Note, tt.note)
			if tt.note == "" {
				assert.Empty(t, w.Note)
			}
		})
	}
	for _, tt := range []struct {
		in   string
		want Nation
	}{{"england", EnglandAndWales}, {"Wales", EnglandAndWales}, {"scotland", Scotland}, {"northern-ireland", NorthernIreland}, {"Northern Ireland", NorthernIreland}} {
		n, err := ParseNation(tt.in)
		assert.NoError(t, err)
		assert.Equal(t, tt.want, n, tt.in)
	}
	_, err := ParseNation("cornwall")
	assert.ErrorContains(t, err, "use england, wales, scotland or northern-ireland")
	t.Run("no bank holiday: nothing skipped", func(t *testing.T) {
		w := CountWorkingDays(d(2025, 11, 24), 3)
		assert.Equal(t, d(2025, 11, 26), w.Until)
		assert.Empty(t, w.Skipped)
	})
}
