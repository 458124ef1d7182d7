package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/standards"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var retailer = &cover.Retailer{Name: "smart Centre Milton Keynes", Phone: "01908 000 000", Email: "service@smart-mk.example"}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		clause, file string
		retailer     *cover.Retailer
	}{
		{"a petrol car with findings of every verdict, with a Retailer", "full", retailer},
		{"an electric lease&care car with nothing found, no registration", "electric", nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := render(t, Input{File: load(t, tc.file+".json"), Retailer: tc.retailer})
			golden := "testdata/" + tc.file + ".golden.pdf"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./pdf -update to write it")
			if !bytes.Equal(want, got) {
				// The page text first, as a readable diff; then the bytes (layout).
				assert.Equal(t, pageTexts(t, want), pageTexts(t, got), "%s: the text differs from %s", tc.clause, golden)
				t.Errorf("%s: differs from %s (go test ./pdf -update rewrites it; look at the pages first with pdftoppm -png)", tc.clause, golden)
			}
		})
	}
}

func TestSameInputSameBytes(t *testing.T) {
	in := Input{File: load(t, "full.json"), On: on}
	var a, b bytes.Buffer
	require.NoError(t, Write(&a, in))
	require.NoError(t, Write(&b, in))
	assert.Equal(t, a.Bytes(), b.Bytes(), "compressed output is deterministic too")
	assert.True(t, bytes.HasPrefix(a.Bytes(), []byte("%PDF-")))
	assert.Less(t, a.Len(), len(render(t, in)), "compressed is smaller")
}

func TestChecklistText(t *testing.T) {
	pages := pageTexts(t, render(t, Input{File: load(t, "full.json"), Retailer: retailer}))
	require.Len(t, pages, 6)
	all := flat(pages)
	for _, tc := range []struct {
		clause string
		want   string
	}{
		{"vehicle details: registration", "AB19 CDE"},
		{"vehicle details: model, with é from cp1252", "smart fortwo coupé"},
		{"vehicle details: first registration", "14 March 2019"},
		{"vehicle details: agreement, as the booklet names it", "Agility"},
		{"vehicle details: agreement end date is the return date", "31 March 2026"},
		{"vehicle details: mileage", "23,456 miles"},
		{"the date it was made", "26 November 2025"},
		{"summary: counts per verdict", "not acceptable"},
		{"verdict in words: not acceptable, as the screen says it", "Not acceptable Burn to trim"},
		{"verdict in words: borderline (a chip of exactly 5 mm)", "Borderline: have it looked at Chip in the windscreen"},
		{"measured size", "Size, longest way across: 5 mm"},
		{"measured tread", "1.2 mm"},
		{"location", "Dent, left door"},
		{"a location given is not reported missing", "Dent, left door Size, longest way across: 10 mm ·"},
		{"a dent's panel, as the screen says it", "Left door is not a high-profile panel"},
		{"the driver's note, with curly quotes, £, ü and a dash", "Your note: Chip at the “lower” edge, about £40 to fix — Müller’s garage said"},
		{"the standard's wording", "The standards: “Burns to trim, seat covers, headlining and floor coverings requiring repair”"},
		{"the standard's source, as a driver reads it (never a file id)", "Your smart Journey booklet (08/2016), Fair Wear & Tear p.18, Interior"},
		{"an area not checked says so", "NOT CHECKED"},
		{"an area checked with nothing found", "Underside Checked: nothing found"},
		{"an area's findings in words, as the screen says them", "Wheels and tyres In progress: 2 findings: 1 not acceptable, 1 acceptable"},
		{"what the car's age changes: over two years at return, up to 4 dents", "Your car will be over two years old at the return date, so up to 4 small dents are acceptable"},
		{"items: a required item the driver has not got, in the booklet's words (not an invented charge)", "Spare keys Missing: the booklet lists it among the items to be returned with your smart"},
		{"actions: the cherished plate is due 12 weeks before the return date", "Due 6 January 2026"},
		{"actions: the MOT is due on the return date", "Due 31 March 2026"},
		{"space to sign", "Signature"},
	} {
		assert.Contains(t, all, tc.want, tc.clause)
	}
	assert.Contains(t, all, "Acceptable Dent, left door", "verdict in words: acceptable, beside its finding")
	assert.Less(t, strings.Index(all, "Due 6 January 2026"), strings.Index(all, "Due 31 March 2026"), "actions in due-date order, as the screen lists them")
	first := flat(pages[:1])
	assert.Contains(t, first, "2 not acceptable ? 1 borderline 3 acceptable 5 areas still to check", "summary at the top: a burn and a worn tyre, a 5 mm chip")
}

func TestItemsRequiredOnly(t *testing.T) {
	young := &standards.File{Vehicle: standards.Vehicle{Powertrain: standards.Petrol, FirstRegistered: on.AddYears(-1)}}
	for _, tc := range []struct {
		clause    string
		file      *standards.File
		want, not []string
	}{
		{"a petrol car a year old: no MOT certificate, no charging cables", young,
			[]string{"V5C log book", "Wheel key You have not said"}, []string{"MOT certificate You", "MOT certificate Needed", "Charging cables You", "Charging cables Needed"}},
		{"an electric car over three years old at return: MOT certificate and charging cables", load(t, "electric.json"),
			[]string{"MOT certificate Needed: when the car is over three years old at the return date.", "Charging cables Needed: electric cars.", "You have it"}, nil},
	} {
		all := flat(pageTexts(t, render(t, Input{File: tc.file})))
		for _, w := range tc.want {
			assert.Contains(t, all, w, tc.clause)
		}
		for _, n := range tc.not {
			assert.NotContains(t, all, n, tc.clause)
		}
	}
}

func TestEveryAreaInOrder(t *testing.T) {
	pages := pageTexts(t, render(t, Input{File: load(t, "electric.json")}))
	all := flat(pages)
	at := 0
	for _, a := range standards.Contents().Areas {
		i := strings.Index(all[at:], a.Label)
		require.GreaterOrEqual(t, i, 0, "area %q after the one before it", a.Label)
		at += i
	}
	assert.Equal(t, len(standards.Contents().Areas), strings.Count(all, "NOT CHECKED"), "nothing checked: every area says so")
	assert.NotContains(t, all, "ACCEPTABLE", "no verdict where nothing was found")
}

func TestPageXOfYOnEveryPage(t *testing.T) {
	pages := pageTexts(t, render(t, Input{File: load(t, "full.json")}))
	for i, p := range pages {
		assert.Contains(t, p, fmt.Sprintf("Page %d of %d", i+1, len(pages)))
	}
}

func TestContactSheet(t *testing.T) {
	pages := pageTexts(t, render(t, Input{File: load(t, "full.json"), Retailer: retailer}))
	var sheet string
	for _, p := range pages {
		if strings.Contains(p, "Breakdown and contacts") {
			sheet += flat([]string{p}) + " "
		}
	}
	for _, tc := range []struct{ clause, want string }{
		{"the number from the UK", "00800 2777 7777"},
		{"the number from Ireland", "00353 16 058 449"},
		{"the number from abroad", "0044 207 975 7079"},
		{"the number from a mobile", "+44 207 975 7077"},
		{"the Retailer beside the numbers", "Your smart Retailer: smart Centre Milton Keynes"},
		{"the Retailer's phone", "01908 000 000"},
		{"the Retailer's email", "service@smart-mk.example"},
		{"call card pre-filled from the vehicle", "smart fortwo coupé, AB19 CDE"},
		{"call card: date of first registration", "14 March 2019"},
		{"the car's cover and until when (renewed by the service on 1 February 2025)", "smart road assistance: ACTIVE until 31 January 2026"},
		{"a benefit with its limit", "Replacement car: if your smart cannot be got back on the road immediately: for the duration of the repair, up to three working days"},
		{"000 Vehicle repatriation: If you breakdown far from home", "Vehicle repatriation: if you break down far from home"},
		{"000 Vehicle drop-off: If you breakdown locally, once the repair is complete", "Vehicle drop-off: if you break down locally, once the repair is complete"},
		{"Customer Services", "0370 847 0700"},
		{"Motor Insurance with hours", "Monday to Friday 8.30am – 6.00pm"},
		{"DVLA retention", "0300 790 6802"},
		{"complaint stage 4", "Stage 4: Independent review"},
		{"complaint deadline", "8 weeks:"},
		{"FOS address", "Financial Ombudsman Service"},
		{"FLA address", "Finance and Leasing Association"},
		{"BVRLA address", "HP7 0DD"},
		{"countries covered", "Great Britain, Greece"},
	} {
		assert.Contains(t, sheet, tc.want, tc.clause)
	}
	noRetailer := flat(pageTexts(t, render(t, Input{File: load(t, "full.json")})))
	assert.NotContains(t, noRetailer, "Your smart Retailer")
}

func TestCoverWithoutFirstRegistration(t *testing.T) {
	f := &standards.File{}
	all := flat(pageTexts(t, render(t, Input{File: f})))
	assert.Contains(t, all, "Cover could not be worked out from the check")
	assert.Contains(t, all, "00800 2777 7777", "the numbers are there anyway")
}

// Issue 12: the registration is shown as the screen shows it, not as typed.
func TestRegistrationAsTheScreenShowsIt(t *testing.T) {
	f := &standards.File{Vehicle: standards.Vehicle{Powertrain: standards.Petrol, FirstRegistered: on.AddYears(-2), RegistrationNumber: " ab19  cde"}}
	for _, tc := range []struct{ clause, want string }{
		{"vehicle details", "Registration AB19 CDE"},
		{"call card", "AB19 CDE"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			all := flat(pageTexts(t, render(t, Input{File: f})))
			assert.Contains(t, all, tc.want)
			assert.NotContains(t, all, "ab19")
		})
	}
}

// Issue 12: a valid file's vehicle always has its cover worked out.
func TestCoverOfEveryValidVehicle(t *testing.T) {
	for _, tc := range []struct {
		clause string
		v      standards.Vehicle
	}{
		{"self-check file v1: agreementEnds without agreement", standards.Vehicle{Powertrain: standards.Petrol, FirstRegistered: on.AddYears(-2), AgreementEnds: on.AddMonths(4)}},
		{"self-check file v1: contract-hire with agreementEnds", standards.Vehicle{Powertrain: standards.Diesel, Agreement: standards.ContractHire, FirstRegistered: on.AddYears(-2), AgreementEnds: on.AddMonths(4)}},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			all := flat(pageTexts(t, render(t, Input{File: &standards.File{Vehicle: tc.v}})))
			assert.NotContains(t, all, "Cover could not be worked out")
			assert.Contains(t, all, "smart road assistance: ACTIVE")
		})
	}
}

func TestWriteRefuses(t *testing.T) {
	var buf bytes.Buffer
	assert.Error(t, Write(&buf, Input{On: on}), "no file")
	assert.Error(t, Write(&buf, Input{File: &standards.File{}}), "no day")
}
