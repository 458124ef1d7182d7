package standards

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sample is a value each type of field can hold, as a form gives it.
func sample(fl *Field) string {
	switch {
	case fl.Options != nil:
		return fl.Options[len(fl.Options)-1].ID
	case fl.Type == Number:
		return "12.5"
	case fl.Type == Boolean:
		return No
	case fl.Type == Date:
		return "2020-02-29"
	}
	return fl.Name[:3] + " x"
}

// Every field of the schema and of the catalogue is wired to its own place:
// Set then Value gives the text back, the file written has it under the
// field's name, and no other field changed. A mis-wired accessor (a brand
// read from a size) fails here.
func TestEveryFieldIsSetAndReadInItsOwnPlace(t *testing.T) {
	type path struct {
		path, key string // key: where the file writes it
		fl        *Field
	}
	var paths []path
	for _, fl := range VehicleFields() {
		paths = append(paths, path{"vehicle." + fl.Name, fl.Name, fl})
	}
	for _, fl := range findingFields {
		paths = append(paths, path{"findings[0]." + fl.Name, fl.Name, fl})
	}
	for _, p := range paths {
		t.Run(p.path, func(t *testing.T) {
			f := &File{Findings: []Finding{{Kind: "body.dent"}}}
			text := sample(p.fl)
			require.NoError(t, f.Set(p.path, text))
			assert.Equal(t, text, f.Value(p.path))
			assert.Same(t, p.fl, f.Field(p.path))
			for _, other := range paths {
				if other.path != p.path {
					assert.Empty(t, f.Value(other.path), "%s is untouched", other.path)
				}
			}
			b, err := f.Encode()
			require.NoError(t, err)
			var written struct {
				Vehicle  map[string]any
				Findings []map[string]any
			}
			require.NoError(t, json.Unmarshal(b, &written))
			in := written.Vehicle
			if p.fl.of == nil {
				in = written.Findings[0]
			}
			assert.Contains(t, in, p.key, "written under its name")
			again, problems := Parse(b)
			require.NotNil(t, again)
			for _, pr := range problems {
				assert.NotEqual(t, Invalid, pr.Kind, "%v", pr)
			}
			assert.Equal(t, text, again.Value(p.path), "read back from the file")
		})
	}
}

func TestSetRefusesWhatAFieldCannotHold(t *testing.T) {
	for _, tc := range []struct{ clause, path, text, want string }{
		{"self-check file v1: sizes are numbers", "findings[0].sizeMm", "big", `findings[0].sizeMm: must be a number, such as 12 or 4.5, not "big"`},
		{"self-check file v1: powertrain petrol, diesel or electric", "vehicle.powertrain", "hybrid", `vehicle.powertrain: must be petrol, diesel or electric, not "hybrid"`},
		{"self-check file v1: agreement types", "vehicle.agreement", "pcp", `vehicle.agreement: must be one of agility, operating-lease, contract-hire, lease-and-care, none, not "pcp"`},
		{"self-check file v1: dates YYYY-MM-DD", "vehicle.firstRegistered", "2019-02-30", "vehicle.firstRegistered: must be a real date, such as 2019-03-14"},
		{"yes/no answers", "findings[0].cracking", "maybe", "findings[0].cracking: answer yes or no"},
		{"wheel positions", "findings[0].position", "middle", `findings[0].position: must be one of front-left, front-right, rear-left, rear-right, spare, not "middle"`},
		{"no such field", "vehicle.colour", "red", "vehicle.colour: there is no such field in a self-check file"},
		{"no such finding", "findings[3].sizeMm", "1", "findings[3].sizeMm: there is no such field in a self-check file"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			f := &File{Findings: []Finding{{Kind: "wheels.tyre", SizeMm: mm(3)}}}
			before := *f
			err := f.Set(tc.path, tc.text)
			assert.EqualError(t, err, tc.want)
			assert.Equal(t, before.Findings[0], f.Findings[0], "the field is as it was")
		})
	}
	f := &File{Findings: []Finding{{}}}
	require.NoError(t, f.Set("findings[0].sizeMm", " 4,5 "))
	assert.Equal(t, 4.5, *f.Findings[0].SizeMm, "a number as people type it")
}

// The form's choices are the names the file's parser accepts, and no others.
func TestVehicleChoicesAreTheNamesTheFileTakes(t *testing.T) {
	for _, fl := range VehicleFields() {
		if fl.Type != Choice {
			continue
		}
		t.Run(fl.Name, func(t *testing.T) {
			for _, o := range fl.Options {
				_, problems := Parse([]byte(`{"format":"smart-selfcheck","version":1,"vehicle":{"` + fl.Name + `":"` + o.ID + `"}}`))
				for _, p := range problems {
					assert.NotEqual(t, "vehicle."+fl.Name, p.Path, "%s is accepted", o.ID)
				}
			}
		})
	}
	assert.Len(t, fieldNamed(vehicleFields, "powertrain").Options, len(powertrainNames)-1)
	assert.Len(t, fieldNamed(vehicleFields, "agreement").Options, len(agreementNames)-1)
	assert.Equal(t, "Agreement(9)", Agreement(9).String())
	assert.False(t, Agreement(9).Known())
	assert.True(t, NoAgreement.Known())
}
