package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/smart-selfcheck/selfcheck/pdf"
)

const pdfUsage = "(usage: pdf [-on YYYY-MM-DD] -o OUT.pdf FILE|-)"

// runPDF writes the printable checklist, contact sheet and tester card for
// a self-check file. The file is written only when the document is whole.
func runPDF(e env, args []string) int {
	fl := flag.NewFlagSet("pdf", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	on := fl.String("on", "", "the day of the check, YYYY-MM-DD (default today)")
	out := fl.String("o", "", "the PDF file to write")
	if err := fl.Parse(args); err != nil {
		return e.badInput(fmt.Errorf("pdf: %v %s", err, pdfUsage))
	}
	if *out == "" {
		return e.badInput(fmt.Errorf("-o: give the PDF file to write %s", pdfUsage))
	}
	if fl.NArg() != 1 {
		return e.badInput(fmt.Errorf("pdf: give one self-check file, or - to read standard input %s", pdfUsage))
	}
	f, photos, asOf, err := readCheck(e, fl.Arg(0), *on)
	if err != nil {
		return e.badInput(err)
	}
	var doc bytes.Buffer
	if err := pdf.Write(&doc, pdf.Input{File: f, On: asOf, Photos: photos}); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFailure
	}
	if err := os.WriteFile(*out, doc.Bytes(), 0o644); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = fmt.Errorf("%s: %v", *out, pe.Err)
		}
		fmt.Fprintln(e.stderr, "-o:", err)
		return exitFailure
	}
	return exitOK
}
