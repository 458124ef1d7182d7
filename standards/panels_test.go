package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPanelAnswer(t *testing.T) {
	for _, tc := range []struct {
		clause, location, want string
		ok                     bool
	}{
		{"p.17 Body and Paint: a door is not high-profile", "Left door", "Left door is not a high-profile panel.", true},
		{"p.17 Body and Paint: bonnets are high-profile, case and spacing ignored", "  bonnet ", "Bonnet is a high-profile panel: the standards accept no dents there.", true},
		{"p.17 Body and Paint: wheel arches are high-profile", "Left rear wheel arch", "Left rear wheel arch is a high-profile panel: the standards accept no dents there.", true},
		{"free text names no panel: the driver answers", "near the handle", "", false},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			got, ok := PanelAnswer(tc.location)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
