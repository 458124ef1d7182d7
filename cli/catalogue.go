package cli

// Placeholder until the catalogue command lands.
func runCatalogue(e env, args []string) int {
	e.stderr.Write([]byte("catalogue: not built yet\n"))
	return exitFailure
}
