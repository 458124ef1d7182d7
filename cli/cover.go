package cli

// Placeholder until the cover command lands.
func runCover(e env, args []string) int {
	e.stderr.Write([]byte("cover: not built yet\n"))
	return exitFailure
}
