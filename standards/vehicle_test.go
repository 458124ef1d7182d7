package standards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRegistrationShownOneWay(t *testing.T) {
	for _, tc := range []struct{ clause, typed, want string }{
		{"V5C log book: as typed in lowercase", "ab19 cde", "AB19 CDE"},
		{"V5C log book: spacing tidied", "  Ab19   cDe ", "AB19 CDE"},
		{"not given", "", ""},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			v := Vehicle{RegistrationNumber: tc.typed}
			assert.Equal(t, tc.want, v.Registration())
		})
	}
}
