// Package cli is the native program: the web server, the static site writer
// and the command-line tools over the same rules the browser runs.
package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFailure  = 1 // the machine failed: a file could not be written, a port was taken
	exitBadInput = 2 // the input was wrong; one line on standard error says where
)

// env is what a command may touch.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	usage string // one line: arguments after the command name
	help  string
	run   func(e env, args []string) int
}

var commands = map[string]command{
	"serve":     {"[-addr 127.0.0.1:8000] [-web web]", "serve the app", runServe},
	"static":    {"[-o dist] [-web web]", "write the app as a static site", runStatic},
	"check":     {"[-on YYYY-MM-DD] FILE|-", "judge a self-check file against the Vehicle Return Standards", runCheck},
	"catalogue": {"", "print every area and condition of the Vehicle Return Standards", runCatalogue},
	"pdf":       {"[-on YYYY-MM-DD] -o OUT.pdf FILE|-", "write the printable return checklist, contact sheet and tester card as an A4 PDF", runPDF},
	"cover":     {"-registered YYYY-MM-DD [-serviced YYYY-MM-DD] [-on YYYY-MM-DD] [-country NAME] [-agreement lease-and-care -agreement-ends YYYY-MM-DD -powertrain electric] [-start YYYY-MM-DD]", "road assistance cover, country and numbers to call", runCover},
}

// Run runs the command named by args[0] and returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "unknown command %q; run with no arguments to list the commands\n", args[0])
		return exitBadInput
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "smart self-check. Commands:")
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  %s %s\n      %s\n", n, c.usage, c.help)
	}
}

// printJSON writes v as indented JSON on standard output.
func (e env) printJSON(v any) int {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFailure
	}
	return exitOK
}

// badInput prints err as the one line on standard error and returns exitBadInput.
func (e env) badInput(err error) int {
	fmt.Fprintln(e.stderr, strings.TrimSpace(strings.ReplaceAll(err.Error(), "\n", " ")))
	return exitBadInput
}
