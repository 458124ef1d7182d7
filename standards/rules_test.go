package standards

import (
	"testing"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func actionsFor(v Vehicle, asOf date.Date) map[string]Action {
	out := map[string]Action{}
	for _, a := range Evaluate(&File{Vehicle: v}, asOf).Actions {
		out[a.ID] = a
	}
	return out
}

// Registered 14 March 2019: three years old on 14 March 2022.
func TestMOTAction(t *testing.T) {
	reg := d(2019, 3, 14)
	for _, tc := range []struct {
		clause  string
		ends    date.Date
		expires date.Date
		want    bool
		text    string
		asOf    date.Date // zero: 1 January 2020
	}{
		{"exactly three years old is not over three years", d(2022, 3, 14), date.Date{}, false, "", date.Date{}},
		{"over three years old without an MOT date: still needed", d(2022, 3, 15), date.Date{}, true, "You have not given the MOT expiry date", date.Date{}},
		{"six months remaining exactly is enough", d(2022, 3, 15), d(2022, 9, 15), false, "", date.Date{}},
		{"less than six months remaining", d(2022, 3, 15), d(2022, 9, 14), true, "Your MOT expires on 14 September 2022, less than six months after the return date", date.Date{}},
		{"an MOT that expires before the return date: a new one by then", d(2025, 6, 1), d(2025, 1, 1), true,
			"Your MOT expires on 1 January 2025, before the car goes back on 1 June 2025. Your car will be over three years old, so it needs a current MOT certificate with six months remaining when it goes back: by the return date, 1 June 2025, an MOT running until at least 1 December 2025.", date.Date{}},
		{"an MOT that has expired already: said as expired", d(2025, 6, 1), d(2025, 1, 1), true,
			"Your MOT expired on 1 January 2025. Your car will be over three years old, so it needs a current MOT certificate with six months remaining when it goes back: by the return date, 1 June 2025, an MOT running until at least 1 December 2025.", d(2025, 2, 1)},
	} {
		asOf := tc.asOf
		if asOf.IsZero() {
			asOf = d(2020, 1, 1)
		}
		acts := actionsFor(Vehicle{Powertrain: Petrol, FirstRegistered: reg, AgreementEnds: tc.ends, MOTExpires: tc.expires, FullServiceHistory: is(true), CherishedPlate: is(false)}, asOf)
		a, ok := acts["mot"]
		if tc.expires.Before(tc.ends) {
			assert.NotContains(t, a.Text, "less than six months after the return date", "an MOT expiring before the return date is not said to have months left: %s", tc.clause)
		}
		require.Equal(t, tc.want, ok, tc.clause)
		if ok {
			assert.Equal(t, tc.ends, a.Due, "due on the return date: %s", tc.clause)
			assert.Contains(t, a.Text, tc.text, tc.clause)
			assert.Contains(t, a.Source, "Please note", tc.clause)
		}
	}
}

func TestMOTCertificateItem(t *testing.T) {
	for _, tc := range []struct {
		clause string
		ends   date.Date
		want   bool
	}{
		{"MOT certificate not required at exactly three years", d(2022, 3, 14), false},
		{"MOT certificate required over three years", d(2022, 3, 15), true},
	} {
		r := Evaluate(&File{Vehicle: Vehicle{Powertrain: Diesel, FirstRegistered: d(2019, 3, 14), AgreementEnds: tc.ends}}, d(2020, 1, 1))
		assert.Equal(t, "mot-certificate", r.Items[7].ID)
		assert.Equal(t, tc.want, r.Items[7].Required, tc.clause)
	}
}

func TestCherishedPlateAction(t *testing.T) {
	ends := d(2026, 3, 31)
	for _, tc := range []struct {
		clause string
		plate  *bool
		want   bool
		text   string
	}{
		{"cherished plate: on retention 10-12 weeks before the end", is(true), true, "You have a cherished number plate: put it on retention with the DVLA by 6 January 2026"},
		{"no cherished plate: nothing to do", is(false), false, ""},
		{"not said: tell them in case", nil, true, "If you have a cherished number plate, put it on retention"},
	} {
		acts := actionsFor(Vehicle{Powertrain: Petrol, FirstRegistered: d(2024, 1, 1), AgreementEnds: ends, CherishedPlate: tc.plate}, d(2025, 1, 1))
		a, ok := acts["cherished-plate"]
		require.Equal(t, tc.want, ok, tc.clause)
		if ok {
			assert.Equal(t, d(2026, 1, 6), a.Due, "12 weeks before the return date: %s", tc.clause)
			assert.Contains(t, a.Text, tc.text, tc.clause)
			assert.Contains(t, a.Text, "0300 790 6802", tc.clause)
			assert.Contains(t, a.Text, "gov.uk/keep-registration-number", tc.clause)
		}
	}
}

func TestServiceHistoryAction(t *testing.T) {
	for _, tc := range []struct {
		clause string
		full   *bool
		want   bool
		text   string
	}{
		{"full service history given", is(true), false, ""},
		{"no full service history: charged by the matrix", is(false), true, "A full service history from a smart Retailer is required"},
		{"not said: protect the driver", nil, true, "Check that you have a full service history"},
	} {
		acts := actionsFor(Vehicle{Powertrain: Petrol, FirstRegistered: d(2024, 1, 1), AgreementEnds: d(2026, 3, 31), FullServiceHistory: tc.full, LastOfficialService: d(2025, 2, 1)}, d(2025, 1, 1))
		a, ok := acts["service-history"]
		require.Equal(t, tc.want, ok, tc.clause)
		if ok {
			assert.Equal(t, d(2026, 3, 31), a.Due, tc.clause)
			assert.Contains(t, a.Text, tc.text, tc.clause)
			assert.Contains(t, a.Text, "matrix supplied in your agreement", tc.clause)
			assert.Contains(t, a.Text, "Your last official service was on 1 February 2025.", tc.clause)
		}
	}
}

func TestOverdueAction(t *testing.T) {
	acts := actionsFor(Vehicle{Powertrain: Petrol, FirstRegistered: d(2024, 1, 1), AgreementEnds: d(2026, 3, 31), CherishedPlate: is(true), FullServiceHistory: is(true)}, d(2026, 2, 1))
	assert.Contains(t, acts["cherished-plate"].Text, "This date has passed: do it as soon as you can.")
}

func TestRules(t *testing.T) {
	var ids []string
	for _, r := range Contents().Rules {
		ids = append(ids, r.ID)
		assert.NotEmpty(t, r.Source, r.ID)
		if r.Kind != "" {
			_, ok := KindByID(r.Kind)
			assert.True(t, ok, r.ID)
		}
	}
	assert.Equal(t, []string{"charges", "service-history", "mot", "cherished-plate", "wraps-and-livery"}, ids)
}

// Issue 12: the screen, the PDF and check list actions by due date.
func TestActionsInDueDateOrder(t *testing.T) {
	yes := true
	for _, tc := range []struct {
		clause string
		v      Vehicle
	}{
		{"p.15 Please note: cherished plate 12 weeks before an MOT due on the return date",
			Vehicle{Powertrain: Petrol, FirstRegistered: date.MustParse("2019-03-14"), AgreementEnds: date.MustParse("2026-03-31"), CherishedPlate: &yes, FullServiceHistory: &yes}},
		{"p.15 Please note: cherished plate before the service history, when nothing is said",
			Vehicle{Powertrain: Petrol, FirstRegistered: date.MustParse("2024-03-14"), AgreementEnds: date.MustParse("2026-03-31")}},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			r := Evaluate(&File{Vehicle: tc.v}, date.MustParse("2025-11-26"))
			require.GreaterOrEqual(t, len(r.Actions), 2)
			for i := 1; i < len(r.Actions); i++ {
				assert.False(t, r.Actions[i].Due.Before(r.Actions[i-1].Due), "%s (%s) before %s (%s)", r.Actions[i-1].ID, r.Actions[i-1].Due, r.Actions[i].ID, r.Actions[i].Due)
			}
		})
	}
}
