package standards

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Each testdata/NAME.json, decoded and encoded again, gives NAME.golden; the
// golden file itself survives a round trip unchanged.
func TestFileGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			require.NoError(t, err)
			f, err := Decode(b)
			require.NoError(t, err)
			got, err := f.Encode()
			require.NoError(t, err)
			golden := strings.TrimSuffix(in, ".json") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to write it")
			assert.Equal(t, string(want), string(got))

			again, err := Decode(want)
			require.NoError(t, err)
			round, err := again.Encode()
			require.NoError(t, err)
			assert.Equal(t, string(want), string(round), "round trip")
		})
	}
}

func TestEncodeKeepsUnknownFields(t *testing.T) {
	b, err := os.ReadFile("testdata/unknown-fields.json")
	require.NoError(t, err)
	f, err := Decode(b)
	require.NoError(t, err)
	f.Findings[1].SizeMm = mm(4) // the app edits a finding
	out, err := f.Encode()
	require.NoError(t, err)
	var got struct {
		ZAppState  map[string]any `json:"zAppState"`
		AppVersion string         `json:"appVersion"`
		Vehicle    map[string]any
		Findings   []map[string]any
	}
	require.NoError(t, json.Unmarshal(out, &got))
	assert.Equal(t, map[string]any{"lastScreen": "glass", "draft": true}, got.ZAppState, "unknown at top level")
	assert.Equal(t, "0.1.0", got.AppVersion, "unknown at top level")
	assert.Equal(t, "white & black <matt>", got.Vehicle["colour"], "unknown in vehicle, unescaped")
	assert.Equal(t, "img_001.jpg", got.Findings[0]["photo"], "unknown in a finding")
	assert.Equal(t, []any{1.0, 2.0, map[string]any{"y": nil}}, got.Findings[1]["x"], "unknown in a finding")
	assert.Equal(t, 4.0, got.Findings[1]["sizeMm"], "the edit is written")
	assert.NotContains(t, got.Vehicle, "agreementEnds", "null means not given")
}

func TestDecodeReadsEveryField(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	f, err := Decode(b)
	require.NoError(t, err)
	v := f.Vehicle
	assert.Equal(t, "smart fortwo coupé", v.Model)
	assert.Equal(t, Petrol, v.Powertrain)
	assert.Equal(t, "AB19 CDE", v.RegistrationNumber)
	assert.Equal(t, d(2019, 3, 14), v.FirstRegistered)
	assert.Equal(t, Agility, v.Agreement)
	assert.Equal(t, d(2026, 3, 31), v.AgreementEnds)
	assert.Equal(t, d(2025, 2, 1), v.LastOfficialService)
	assert.Equal(t, is(true), v.FullServiceHistory)
	assert.Equal(t, d(2026, 9, 1), v.MOTExpires)
	assert.Equal(t, is(false), v.CherishedPlate)
	assert.Equal(t, mm(23000), v.Mileage)
	assert.Equal(t, map[string]bool{"v5c": true, "spare-keys": false}, f.Items)
	assert.Equal(t, []Finding{
		{Kind: "body.dent", Location: "left door", SizeMm: mm(10), OnSwageLineOrEdge: is(false), HighProfilePanel: is(false)},
		{Kind: "glass.windscreen-chip", SizeMm: mm(4), InDriversView: is(false), Cracking: is(false)},
		{Kind: "wheels.tyre", Position: "front-left", TreadMm: mm(3.1), Brand: "Pirelli", Size: "165/65 R15"},
		{Kind: "wheels.rim-scuff", Position: "front-left", SizeMm: mm(20)},
		{Kind: "bumpers.scuff", Location: "rear bumper", SizeMm: mm(40), AffectsAppearance: is(false)},
		{Kind: "interior.burn", Location: "driver seat", Note: "cigarette burn"},
	}, f.Findings)

	dent, chip := &f.Findings[0], &f.Findings[1]
	*dent.OnSwageLineOrEdge = true // the app edits an answer
	assert.False(t, *dent.HighProfilePanel, "answers are not shared")
	assert.False(t, *chip.Cracking, "answers are not shared")
}

const good = `"format":"smart-selfcheck","version":1`
const aCar = `"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"}`

func withFinding(fd string) string {
	return `{` + good + `,` + aCar + `,"findings":[{"kind":"body.dent"},{"kind":"body.dent"},` + fd + `]}`
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct {
		clause, in, want string
	}{
		{"bad input: malformed JSON", `{"format": "smart-selfcheck",`, "not valid JSON at line 1, column 29: unexpected end of JSON input"},
		{"bad input: malformed JSON", "{\n  \"format\": x}", "not valid JSON at line 2, column 13: invalid character 'x' looking for beginning of value"},
		{"bad input: empty file", "  ", "the file is empty: expected a self-check file (JSON)"},
		{"bad input: not an object", `[1,2]`, "must be a JSON object {…}: this is not a self-check file"},
		{"bad input: not an object", `null`, "must be a JSON object {…}: this is not a self-check file"},
		{"bad input: wrong format", `{"format":"other","version":1,` + aCar + `}`, `format: must be "smart-selfcheck"`},
		{"format is required", `{"version":1,` + aCar + `}`, `format: must be "smart-selfcheck"`},
		{"bad input: unsupported version", `{"format":"smart-selfcheck","version":2,` + aCar + `}`, "version: unsupported version 2: this app reads version 1"},
		{"version is required", `{"format":"smart-selfcheck",` + aCar + `}`, "version: required: 1"},
		{"text where a number belongs: version", `{"format":"smart-selfcheck","version":"1",` + aCar + `}`, "version: must be a number"},
		{"vehicle is required", `{` + good + `}`, "vehicle: required"},
		{"vehicle is an object", `{` + good + `,"vehicle":[]}`, "vehicle: must be an object {…}"},
		{"vehicle.powertrain is required", `{` + good + `,"vehicle":{"firstRegistered":"2019-03-14"}}`, "vehicle.powertrain: required: petrol, diesel or electric"},
		{"bad input: unknown powertrain", `{` + good + `,"vehicle":{"powertrain":"hybrid","firstRegistered":"2019-03-14"}}`, `vehicle.powertrain: must be petrol, diesel or electric, not "hybrid"`},
		{"vehicle.firstRegistered is required", `{` + good + `,"vehicle":{"powertrain":"petrol"}}`, "vehicle.firstRegistered: required: the date the car was first registered, YYYY-MM-DD"},
		{"bad input: impossible date", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-02-30"}}`, `vehicle.firstRegistered: "2019-02-30" is not a real date in the form YYYY-MM-DD`},
		{"dates are YYYY-MM-DD", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"14/03/2019"}}`, `vehicle.firstRegistered: "14/03/2019" is not a real date in the form YYYY-MM-DD`},
		{"dates are text", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":20190314}}`, `vehicle.firstRegistered: must be a date in the form YYYY-MM-DD`},
		{"bad input: end date before registration", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","agreementEnds":"2019-03-13"}}`, "vehicle.agreementEnds: must not be before the car was first registered, on 14 March 2019"},
		{"bad input: last service before registration (cover refused it)", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","lastOfficialService":"2019-03-13"}}`, "vehicle.lastOfficialService: must not be before the car was first registered, on 14 March 2019"},
		{"001 lease&care: a battery lease of the electric drive (cover refused it)", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","agreement":"lease-and-care"}}`,
			"vehicle.powertrain: lease-and-care is a battery lease for the smart fortwo electric drive, so the powertrain must be electric, not petrol"},
		{"agreement types", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","agreement":"pcp"}}`, `vehicle.agreement: must be one of agility, operating-lease, contract-hire, lease-and-care, none, not "pcp"`},
		{"booleans", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","fullServiceHistory":"yes"}}`, "vehicle.fullServiceHistory: must be true or false"},
		{"text where a number belongs: mileage", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","mileage":"23,000"}}`, "vehicle.mileage: must be a number"},
		{"absurd mileage", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","mileage":-1}}`, "vehicle.mileage: must be between 0 and 1000000 miles"},
		{"text where text belongs", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","model":7}}`, "vehicle.model: must be text in quotes"},
		{"items are the listed ids", `{` + good + `,` + aCar + `,"items":{"v5c":true,"sat-nav":true}}`, "items.sat-nav: unknown item: the items are v5c, spare-keys, transmitter-and-codes, alarm-system, locking-wheel-nuts, handbook, service-manual, mot-certificate, wheel-key, charging-cables"},
		{"items are true or false", `{` + good + `,` + aCar + `,"items":{"v5c":1}}`, "items.v5c: must be true or false"},
		{"items are an object", `{` + good + `,` + aCar + `,"items":["v5c"]}`, "items: must be an object {…}"},
		{"findings are a list", `{` + good + `,` + aCar + `,"findings":{}}`, "findings: must be a list […]"},
		{"a finding is an object", withFinding(`"dent"`), "findings[2]: must be an object {…}"},
		{"a finding has a kind", withFinding(`{"sizeMm":3}`), "findings[2].kind: required: what was found, such as body.dent (the catalogue lists them)"},
		{"bad input: unknown kind", withFinding(`{"kind":"body.hole"}`), `findings[2].kind: unknown kind "body.hole" (the catalogue lists them)`},
		{"bad input: negative size", withFinding(`{"kind":"body.dent","sizeMm":-1}`), "findings[2].sizeMm: must be between 0 and 1000"},
		{"bad input: absurd size", withFinding(`{"kind":"body.dent","sizeMm":1000.5}`), "findings[2].sizeMm: must be between 0 and 1000"},
		{"bad input: a 400 mm tread", withFinding(`{"kind":"wheels.tyre","treadMm":400}`), "findings[2].treadMm: must be between 0 and 20"},
		{"bad input: text where a number belongs", withFinding(`{"kind":"body.dent","sizeMm":"10mm"}`), "findings[2].sizeMm: must be a number"},
		{"bad input: number out of range of JSON", withFinding(`{"kind":"body.dent","sizeMm":1e999}`), "findings[2].sizeMm: must be a number"},
		{"bad input: unknown position", withFinding(`{"kind":"wheels.tyre","position":"middle"}`), `findings[2].position: must be one of front-left, front-right, rear-left, rear-right, spare, not "middle"`},
		{"one finding per tyre", `{` + good + `,` + aCar + `,"findings":[{"kind":"wheels.tyre","position":"spare"},{"kind":"wheels.tyre","position":"spare"}]}`, "findings[1].position: the spare tyre is already recorded at findings[0]"},
		{"finding booleans", withFinding(`{"kind":"body.dent","cracking":0}`), "findings[2].cracking: must be true or false"},
		{"charging cables: electric only", withFinding(`{"kind":"charging-cables.neglect"}`), "findings[2].kind: charging-cables.neglect applies to electric cars only"},
		{"areasChecked are area ids", `{` + good + `,` + aCar + `,"areasChecked":["glass","roof"]}`, `areasChecked[1]: unknown area "roof": the areas are bumpers, body, glass, interior, wheels, underside, oil-leaks, luggage, door-aperture, rubber-seals, charging-cables`},
		{"areasChecked once each", `{` + good + `,` + aCar + `,"areasChecked":["glass","glass"]}`, `areasChecked[1]: "glass" is already listed at areasChecked[0]`},
		{"areasChecked: charging cables electric only", `{` + good + `,` + aCar + `,"areasChecked":["charging-cables"]}`, "areasChecked[0]: charging cables apply to electric cars only"},
		{"areasChecked are text", `{` + good + `,` + aCar + `,"areasChecked":[3]}`, "areasChecked[0]: must be an area id in quotes"},
		{"smart cars date from 1998", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"0001-01-01"}}`, "vehicle.firstRegistered: 0001-01-01 is too early: smart cars date from 1998"},
		{"smart cars date from 1998", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","agreementEnds":"0001-01-01"}}`, "vehicle.agreementEnds: 0001-01-01 is too early: smart cars date from 1998"},
		{"limits: registration", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","registrationNumber":"` + strings.Repeat("A", 25000) + `"}}`,
			"vehicle.registrationNumber: must be at most 16 characters (a number plate has at most 7 characters in the UK, a few more abroad), not 25000"},
		{"limits: model", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","model":"` + strings.Repeat("é", 61) + `"}}`,
			"vehicle.model: must be at most 60 characters (a model name is a few words, such as smart #1 Premium), not 61"},
		{"limits: note", withFinding(`{"kind":"body.dent","note":"` + strings.Repeat("x", 2001) + `"}`), "findings[2].note: must be at most 2000 characters (a note is a few paragraphs), not 2001"},
		{"limits: location", withFinding(`{"kind":"body.dent","location":"` + strings.Repeat("x", 201) + `"}`), "findings[2].location: must be at most 200 characters (where on the car is a few words), not 201"},
		{"limits: brand", withFinding(`{"kind":"wheels.tyre","brand":"` + strings.Repeat("x", 61) + `"}`), "findings[2].brand: must be at most 60 characters (a tyre brand is a name, such as Pirelli), not 61"},
		{"limits: tyre size", withFinding(`{"kind":"wheels.tyre","size":"` + strings.Repeat("x", 41) + `"}`), "findings[2].size: must be at most 40 characters (a tyre size is short, such as 165/65 R15), not 41"},
		{"limits: a long unknown kind is quoted short", withFinding(`{"kind":"` + strings.Repeat("k", 5000) + `"}`), `findings[2].kind: unknown kind "` + strings.Repeat("k", 40) + `…" (the catalogue lists them)`},
		{"limits: file size", `{` + good + `,` + aCar + `,"pad":"` + strings.Repeat(" ", MaxFileBytes) + `"}`, "the file is larger than 1 MB: a self-check holds no photos and is never that large"},
		{"limits: findings", `{` + good + `,` + aCar + `,"findings":[` + strings.Repeat(`{},`, MaxFindings) + `{}]}`, "findings: 501 findings are more than any car has: at most 500"},
		{"limits: findings an area", `{` + good + `,` + aCar + `,"findings":[` + strings.Repeat(`{"kind":"glass.windscreen-chip"},`, MaxFindingsPerArea) + `{"kind":"glass.windscreen-chip"}]}`,
			"findings: 101 findings in glass are more than any car has: at most 100 an area"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			f, err := Decode([]byte(tc.in))
			if assert.Error(t, err) {
				assert.Equal(t, tc.want, err.Error())
				assert.Nil(t, f)
			}
		})
	}
}

// Issue 12: one policy for every reader. Parse says what each problem
// means: Unreadable refuses the file, Missing and Invalid leave it to be
// corrected, with the value the file had where its field cannot hold it.
func TestParseSaysWhatEachProblemMeans(t *testing.T) {
	for _, tc := range []struct {
		clause, in, path string
		kind             ProblemKind
		text             string
	}{
		{"bad input: not JSON", `{"format"`, "", Unreadable, ""},
		{"bad input: empty file", ``, "", Unreadable, ""},
		{"bad input: wrong format", `{"format":"other","version":1,"vehicle":{}}`, "format", Unreadable, ""},
		{"bad input: unsupported version", `{"format":"smart-selfcheck","version":2,"vehicle":{}}`, "version", Unreadable, ""},
		{"a part of the wrong shape", `{` + good + `,"vehicle":[]}`, "vehicle", Unreadable, ""},
		{"limits: findings", `{` + good + `,` + aCar + `,"findings":[` + strings.Repeat(`{},`, MaxFindings) + `{}]}`, "findings", Unreadable, ""},
		{"limits: file size", `{` + good + `,"pad":"` + strings.Repeat(" ", MaxFileBytes) + `"}`, "", Unreadable, ""},
		{"vehicle.firstRegistered is required", `{` + good + `,"vehicle":{"powertrain":"petrol"}}`, "vehicle.firstRegistered", Missing, ""},
		{"vehicle is required", `{` + good + `}`, "vehicle", Missing, ""},
		{"text where a number belongs", withFinding(`{"kind":"body.dent","sizeMm":"big"}`), "findings[2].sizeMm", Invalid, "big"},
		{"a number where a date belongs", `{` + good + `,"vehicle":{"powertrain":"petrol","firstRegistered":20190314}}`, "vehicle.firstRegistered", Invalid, "20190314"},
		{"bad input: unknown powertrain", `{` + good + `,"vehicle":{"powertrain":"hybrid","firstRegistered":"2019-03-14"}}`, "vehicle.powertrain", Invalid, "hybrid"},
		{"bad input: absurd size, kept in the file", withFinding(`{"kind":"body.dent","sizeMm":2000}`), "findings[2].sizeMm", Invalid, ""},
		{"items are true or false", `{` + good + `,` + aCar + `,"items":{"v5c":1}}`, "items.v5c", Invalid, "1"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			f, problems := Parse([]byte(tc.in))
			require.NotEmpty(t, problems)
			p := problems[0]
			assert.Equal(t, tc.path, p.Path)
			assert.Equal(t, tc.kind, p.Kind, "%v", p)
			assert.Equal(t, tc.text, p.Text)
			assert.Equal(t, tc.kind == Unreadable, f == nil, "a file only when none is unreadable")
		})
	}
	assert.Equal(t, "invalid", Invalid.String())
	assert.Equal(t, "ProblemKind(9)", ProblemKind(9).String())
}

// Editors on Windows start a file with a byte-order mark.
func TestDecodeDropsALeadingByteOrderMark(t *testing.T) {
	f, err := Decode([]byte("\ufeff{" + good + "," + aCar + "}"))
	require.NoError(t, err)
	assert.Equal(t, Petrol, f.Vehicle.Powertrain)
	_, err = Decode([]byte("{" + good + "," + aCar + "}\ufeff"))
	assert.Error(t, err, "only a leading one")
}

// Text at its limit is fine: the limits never get in a real driver's way.
func TestTextAtItsLimitIsFine(t *testing.T) {
	f := petrolCar(Finding{Kind: "body.dent", Note: strings.Repeat("é", noteLimit.Max), Location: strings.Repeat("x", locationLimit.Max)})
	f.Vehicle.RegistrationNumber = strings.Repeat("W", registrationLimit.Max)
	assert.Empty(t, f.Problems())
}

func TestParseReturnsEveryProblem(t *testing.T) {
	f, problems := Parse([]byte(`{"format":"smart-selfcheck","version":1,
		"vehicle":{"powertrain":"hybrid","firstRegistered":"2019-02-30","model":"smart #1"},
		"findings":[{"kind":"body.dent","sizeMm":-2,"location":"roof"},{"kind":"glass.windscreen-chip","sizeMm":"4"},{"kind":"nope"}]}`))
	require.NotNil(t, f, "what could be read is kept")
	var paths []string
	for _, p := range problems {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"vehicle.powertrain", "vehicle.firstRegistered", "findings[1].sizeMm", "findings[0].sizeMm", "findings[2].kind"}, paths,
		"reading problems first, then checks; one per field")
	assert.Equal(t, "smart #1", f.Vehicle.Model)
	assert.Equal(t, "roof", f.Findings[0].Location)
	assert.Len(t, f.Findings, 3)
}

func TestProblemsOfAFileBuiltInTheApp(t *testing.T) {
	f := petrolCar(Finding{Kind: "wheels.rim-scuff", Position: "rear-right", SizeMm: mm(2000)})
	assert.Empty(t, petrolCar().Problems())
	problems := f.Problems()
	require.Len(t, problems, 1)
	assert.Equal(t, "findings[0].sizeMm: must be between 0 and 1000", problems[0].Error())
	assert.Empty(t, (&File{Vehicle: Vehicle{Powertrain: Electric, FirstRegistered: d(2020, 1, 1)},
		Findings: []Finding{{Kind: "charging-cables.scoring"}}, AreasChecked: []string{"charging-cables"}}).Problems(),
		"charging cables for an electric car")
}
