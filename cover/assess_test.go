package cover

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// paths lists the field paths of every problem in err.
func paths(t *testing.T, err error) []string {
	t.Helper()
	var out []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fe, ok := field.As(e)
		require.True(t, ok, "%v is not a field error", e)
		out = append(out, fe.Path)
	}
	sort.Strings(out)
	return out
}

func TestValidate(t *testing.T) {
	reg := ds("2016-05-01")
	tests := []struct {
		clause string
		q      Question
		paths  []string
	}{
		{"first registration missing", Question{On: ds("2020-01-01")}, []string{"firstRegistered"}},
		{"date asked about missing", Question{Car: Car{FirstRegistered: reg}}, []string{"on"}},
		{"a service before registration", Question{Car: Car{FirstRegistered: reg, LastService: ds("2016-04-30")}, On: ds("2020-01-01")}, []string{"lastService"}},
		{"a date before registration", Question{Car: Car{FirstRegistered: reg}, On: ds("2016-04-30")}, []string{"on"}},
		{"a service after the date asked about", Question{Car: Car{FirstRegistered: reg, LastService: ds("2020-01-02")}, On: ds("2020-01-01")}, []string{"lastService"}},
		{"an agreement ending before registration", Question{Car: Car{FirstRegistered: reg, Agreement: standards.LeaseAndCare, AgreementEnds: ds("2016-01-01")}, On: ds("2020-01-01")}, []string{"agreementEnds"}},
		{"a breakdown before registration", Question{Car: Car{FirstRegistered: reg}, On: ds("2020-01-01"), Start: ds("2010-01-01")}, []string{"start"}},
		{"unknown agreement", Question{Car: Car{FirstRegistered: reg, Agreement: standards.Agreement(42)}, On: ds("2020-01-01")}, []string{"agreement"}},
		{"unknown powertrain", Question{Car: Car{FirstRegistered: reg, Powertrain: standards.Powertrain(-1)}, On: ds("2020-01-01")}, []string{"powertrain"}},
		{"lease&care is for the electric drive", Question{Car: Car{FirstRegistered: reg, Agreement: standards.LeaseAndCare, Powertrain: standards.Petrol}, On: ds("2020-01-01")}, []string{"powertrain"}},
		{"an agreement end without an agreement", Question{Car: Car{FirstRegistered: reg, AgreementEnds: ds("2020-01-01")}, On: ds("2020-01-01")}, []string{"agreement"}},
		{"every problem at once", Question{Car: Car{FirstRegistered: reg, LastService: ds("2015-01-01")}, On: ds("2015-01-01")}, []string{"lastService", "on"}},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			err := Validate(tt.q)
			require.Error(t, err)
			assert.Equal(t, tt.paths, paths(t, err))
			_, aerr := Assess(tt.q)
			assert.Equal(t, err.Error(), aerr.Error())
		})
	}
	err := Validate(Question{Car: Car{FirstRegistered: reg, LastService: ds("2016-04-30")}, On: ds("2020-01-01")})
	assert.EqualError(t, err, "lastService: 2016-04-30 is before the car was first registered on 2016-05-01")
	assert.NoError(t, Validate(Question{Car: Car{FirstRegistered: reg, LastService: reg}, On: reg, Start: reg}), "all on the day of registration")
}

func TestAssessJSON(t *testing.T) {
	a, err := Assess(Question{
		Car:     Car{FirstRegistered: ds("2015-01-01"), LastService: ds("2019-06-01"), Agreement: standards.LeaseAndCare, AgreementEnds: ds("2020-12-31")},
		On:      ds("2019-07-01"),
		Country: "Deutschland",
	})
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var got map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &got))
	assert.ElementsMatch(t, []string{"asOf", "schemes", "country", "call"}, keys(t, b))
	assert.JSONEq(t, `"2019-07-01"`, string(got["asOf"]))

	var schemes []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(got["schemes"], &schemes))
	require.Len(t, schemes, 2)
	for _, s := range schemes {
		assert.ElementsMatch(t, []string{"name", "active", "from", "until", "basis", "benefits"}, mapKeys(s))
	}
	assert.JSONEq(t, `"smart road assistance"`, string(schemes[0]["name"]))
	assert.JSONEq(t, `"2020-05-31"`, string(schemes[0]["until"]))
	assert.Contains(t, string(schemes[0]["basis"]), `renewed by the service on 1 June 2019. We read the year as running from the service date`, "000: the renewal is a reading, and the driver is told so")
	assert.JSONEq(t, `"sale&care move"`, string(schemes[1]["name"]))

	assert.JSONEq(t, `{"query":"Deutschland","name":"Germany","known":true,"covered":true,"reason":"covered: Germany is in the list of countries covered"}`, string(got["country"]))

	var call []map[string]string
	require.NoError(t, json.Unmarshal(got["call"], &call))
	require.Len(t, call, 2, "from Germany: the international number, then the booklet's mobile number")
	assert.Equal(t, map[string]string{"id": "international", "label": "From outside the UK (international)", "number": "0044 207 975 7079", "tel": "tel:+442079757079"}, call[0])

	t.Run("no country asked: no country key", func(t *testing.T) {
		a, err := Assess(Question{Car: Car{FirstRegistered: ds("2015-01-01")}, On: ds("2016-01-01")})
		require.NoError(t, err)
		b, _ := json.Marshal(a)
		assert.ElementsMatch(t, []string{"asOf", "schemes", "call"}, keys(t, b))
	})
}

func TestAssessLeaseAndCareWithoutPowertrain(t *testing.T) {
	a, err := Assess(Question{Car: Car{FirstRegistered: ds("2017-01-01"), Agreement: standards.LeaseAndCare}, On: ds("2018-01-01")})
	require.NoError(t, err)
	require.Len(t, a.Schemes, 2, "lease&care leases the battery of the electric drive: sale&care move applies")
	assert.Equal(t, SaleAndCareMove, a.Schemes[1].Scheme)
}

func TestCarJSON(t *testing.T) {
	var c Car
	require.NoError(t, json.Unmarshal([]byte(`{"firstRegistered":"2016-05-01","agreement":"lease-and-care","agreementEnds":"2020-04-30","powertrain":"electric"}`), &c))
	assert.Equal(t, Car{FirstRegistered: ds("2016-05-01"), Agreement: standards.LeaseAndCare, AgreementEnds: ds("2020-04-30"), Powertrain: standards.Electric}, c)
	err := json.Unmarshal([]byte(`{"agreement":"hire purchase"}`), &c)
	assert.ErrorContains(t, err, `not "hire purchase"`, "the names of the self-check file")
	b, err := json.Marshal(Car{FirstRegistered: ds("2016-05-01"), Agreement: standards.ContractHire, Powertrain: standards.Diesel})
	require.NoError(t, err)
	assert.JSONEq(t, `{"firstRegistered":"2016-05-01","lastService":null,"agreement":"contract-hire","agreementEnds":null,"powertrain":"diesel"}`, string(b))
}

func keys(t *testing.T, b []byte) []string {
	t.Helper()
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	return mapKeys(m)
}

func mapKeys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
