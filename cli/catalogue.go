package cli

import (
	"fmt"

	"github.com/smart-selfcheck/selfcheck/standards"
)

func runCatalogue(e env, args []string) int {
	if len(args) > 0 {
		return e.badInput(fmt.Errorf("catalogue: takes no arguments, not %q", args[0]))
	}
	return e.printJSON(standards.Contents())
}
