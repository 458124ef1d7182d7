package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
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
	asOf := date.FromTime(time.Now())
	if *on != "" {
		d, err := date.Parse(*on)
		if err != nil {
			return e.badInput(field.Errorf("-on", "%v", err))
		}
		asOf = d
	}
	b, err := readInput(e, fl.Arg(0))
	if err != nil {
		return e.badInput(err)
	}
	f, err := standards.Decode(b)
	if err != nil {
		return e.badInput(err)
	}
	if v := f.Vehicle; v.AgreementEnds.IsZero() && asOf.Before(v.FirstRegistered) {
		return e.badInput(field.Errorf("-on", "the check date %s is before the car was first registered (%s)", asOf, v.FirstRegistered))
	}
	var doc bytes.Buffer
	if err := pdf.Write(&doc, pdf.Input{File: f, On: asOf}); err != nil {
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
