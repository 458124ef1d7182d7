package date

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func d(y int, m time.Month, day int) Date { return Of(y, m, day) }

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2019-03-14", d(2019, 3, 14), true},
		{"2024-02-29", d(2024, 2, 29), true},
		{"2019-02-30", Date{}, false},
		{"2019-2-3", Date{}, false},
		{"14/03/2019", Date{}, false},
		{"", Date{}, false},
		{"1998-01-01", d(1998, 1, 1), true},
		{"2100-12-31", d(2100, 12, 31), true},
		{"1997-12-31", Date{}, false}, // smart cars date from 1998
		{"0001-01-01", Date{}, false},
		{"0000-01-01", Date{}, false},
		{"2101-01-01", Date{}, false},
	} {
		got, err := Parse(tc.in)
		if !tc.ok {
			assert.Error(t, err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestImplausibleYearsSayWhy(t *testing.T) {
	for in, want := range map[string]string{
		"0001-01-01": "0001-01-01 is too early: smart cars date from 1998",
		"1997-12-31": "1997-12-31 is too early: smart cars date from 1998",
		"2101-01-01": "2101-01-01 is too far ahead: dates up to 2100 are accepted",
		"0000-01-01": "0000-01-01 is too early: smart cars date from 1998",
	} {
		_, err := Parse(in)
		assert.EqualError(t, err, want, in)
	}
}

// "Not given" is kept apart from the value: the first day of the calendar
// is a day like any other.
func TestGivenIsApartFromTheValue(t *testing.T) {
	assert.True(t, Date{}.IsZero())
	first := Of(1, 1, 1)
	assert.False(t, first.IsZero())
	assert.Equal(t, "0001-01-01", first.String())
	assert.NotEqual(t, Date{}, first)
	b, err := json.Marshal(first)
	require.NoError(t, err)
	assert.Equal(t, `"0001-01-01"`, string(b))
	assert.False(t, first.AddDays(0).IsZero())
}

func TestLongBadInputIsQuotedShort(t *testing.T) {
	_, err := Parse(strings.Repeat("é", 10000))
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200)
	assert.True(t, utf8.ValidString(err.Error()))
}

func TestAddYears(t *testing.T) {
	for _, tc := range []struct {
		name string
		from Date
		n    int
		want Date
	}{
		{"plain anniversary", d(2015, 1, 1), 3, d(2018, 1, 1)},
		{"29 February lands on 28 February", d(2016, 2, 29), 1, d(2017, 2, 28)},
		{"29 February stays in a leap year", d(2016, 2, 29), 4, d(2020, 2, 29)},
		{"31 January plus a month", d(2025, 1, 31), 0, d(2025, 1, 31)},
	} {
		assert.Equal(t, tc.want, tc.from.AddYears(tc.n), tc.name)
	}
	assert.Equal(t, d(2025, 2, 28), d(2025, 1, 31).AddMonths(1))
}

func TestYearsOld(t *testing.T) {
	reg := d(2019, 3, 14)
	assert.Equal(t, 2, reg.YearsOld(d(2021, 3, 14)), "exactly two years")
	assert.Equal(t, 2, reg.YearsOld(d(2022, 3, 13)), "a day short of three")
	assert.Equal(t, 3, reg.YearsOld(d(2022, 3, 14)), "exactly three years")
	assert.Equal(t, 0, reg.YearsOld(d(2019, 3, 14)), "on the day")
	assert.Equal(t, 1, d(2016, 2, 29).YearsOld(d(2017, 2, 28)), "leap day anniversary")
}

func TestJSON(t *testing.T) {
	var v struct{ A, B, C Date }
	require.NoError(t, json.Unmarshal([]byte(`{"A":"2020-05-31","B":null,"C":""}`), &v))
	assert.Equal(t, d(2020, 5, 31), v.A)
	assert.True(t, v.B.IsZero())
	out, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"A":"2020-05-31","B":null,"C":null}`, string(out))
	assert.Error(t, json.Unmarshal([]byte(`{"A":"2019-02-30"}`), &v))
	assert.Error(t, json.Unmarshal([]byte(`{"A":20190230}`), &v))
}
