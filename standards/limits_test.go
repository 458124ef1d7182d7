package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every text a driver types has a limit with its reason, so no field can
// hold the PDF or the page; choices are bounded by their options.
func TestEveryTextFieldHasALimit(t *testing.T) {
	for _, a := range Contents().Areas {
		for _, k := range a.Kinds {
			for _, fl := range k.Fields {
				if fl.Type != Text {
					continue
				}
				if assert.NotNil(t, fl.Limit, "%s.%s", k.ID, fl.Name) {
					assert.Positive(t, fl.Limit.Max, "%s.%s", k.ID, fl.Name)
					assert.NotEmpty(t, fl.Limit.Why, "%s.%s", k.ID, fl.Name)
				}
			}
		}
	}
	for _, fl := range findingFields {
		if fl.Type == Text {
			assert.NotNil(t, fl.Limit, fl.Name)
		}
	}
}
