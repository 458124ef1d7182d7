package cli

// Placeholder until the check command lands.
func runCheck(e env, args []string) int {
	e.stderr.Write([]byte("check: not built yet\n"))
	return exitFailure
}
