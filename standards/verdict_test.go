package standards

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVerdictText(t *testing.T) {
	for _, tc := range []struct {
		clause string
		v      Verdict
		text   string
	}{
		{"report verdict acceptable", Acceptable, "acceptable"},
		{"report verdict not-acceptable", NotAcceptable, "not-acceptable"},
		{"report verdict borderline", Borderline, "borderline"},
	} {
		assert.Equal(t, tc.text, tc.v.String(), tc.clause)
		b, err := json.Marshal(tc.v)
		require.NoError(t, err, tc.clause)
		assert.Equal(t, `"`+tc.text+`"`, string(b), tc.clause)
		var back Verdict
		require.NoError(t, json.Unmarshal(b, &back), tc.clause)
		assert.Equal(t, tc.v, back, tc.clause)
	}
	assert.Equal(t, "Verdict(9)", Verdict(9).String())
	_, err := json.Marshal(Verdict(0))
	assert.Error(t, err, "the zero verdict has no name")
	var v Verdict
	assert.Error(t, json.Unmarshal([]byte(`"fine"`), &v))
}

func TestVerdictGravity(t *testing.T) {
	assert.Less(t, Acceptable.gravity(), Borderline.gravity())
	assert.Less(t, Borderline.gravity(), NotAcceptable.gravity())
}
