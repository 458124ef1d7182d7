package cli

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCataloguePrintsEveryArea(t *testing.T) {
	code, out, errOut := run(t, "", "catalogue")
	require.Equal(t, exitOK, code, errOut)
	var c struct {
		Areas []struct {
			ID    string
			Kinds []struct {
				ID      string
				Verdict string
				Wording []struct{ Text, Source string }
				Fields  []struct{ Name, Type string }
			}
		}
		Rules, Items, Panels []map[string]any
	}
	require.NoError(t, json.Unmarshal([]byte(out), &c))
	require.Len(t, c.Areas, 11)
	assert.Equal(t, "bumpers", c.Areas[0].ID)
	assert.Equal(t, "charging-cables", c.Areas[10].ID)
	dent := c.Areas[1].Kinds[0]
	assert.Equal(t, "body.dent", dent.ID)
	assert.NotEmpty(t, dent.Wording[0].Source)
	assert.Equal(t, "sizeMm", dent.Fields[1].Name)
	assert.Equal(t, "number", dent.Fields[1].Type)
	assert.Len(t, c.Items, 10)
	assert.NotEmpty(t, c.Rules)
	assert.NotEmpty(t, c.Panels)
}

func TestCatalogueTakesNoArguments(t *testing.T) {
	code, out, errOut := run(t, "", "catalogue", "extra")
	assert.Equal(t, exitBadInput, code)
	assert.Empty(t, out)
	assert.Equal(t, "catalogue: takes no arguments, not \"extra\"\n", errOut)
}
