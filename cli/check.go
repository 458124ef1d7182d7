package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/evidence"
	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// checkReport is what check prints: the standards' report and the road
// assistance cover of the file's vehicle on the same day.
type checkReport struct {
	standards.Report
	Cover *cover.Answer `json:"cover,omitempty"`
}

// vehiclePaths names, in the self-check file, the fields cover reports on.
var vehiclePaths = map[string]string{
	"firstRegistered": "vehicle.firstRegistered",
	"lastService":     "vehicle.lastOfficialService",
	"agreement":       "vehicle.agreement",
	"agreementEnds":   "vehicle.agreementEnds",
	"powertrain":      "vehicle.powertrain",
	"on":              "-on",
}

// assessCover answers the cover question for the file's vehicle.
func assessCover(v standards.Vehicle, on date.Date) (*cover.Answer, error) {
	car := cover.CarOf(&v)
	a, err := cover.Assess(cover.Question{Car: car, On: on})
	if err != nil {
		return nil, renamePaths(err, vehiclePaths)
	}
	return &a, nil
}

// renamePaths rewrites the path of the first field error in err by names.
func renamePaths(err error, names map[string]string) error {
	if fe, ok := field.As(err); ok {
		if p, ok := names[fe.Path]; ok {
			return &field.Error{Path: p, Problem: fe.Problem}
		}
		return fe
	}
	return err
}

func runCheck(e env, args []string) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	on := fl.String("on", "", "the day of the check, YYYY-MM-DD (default today)")
	if err := fl.Parse(args); err != nil {
		return e.badInput(fmt.Errorf("check: %v (usage: check [-on YYYY-MM-DD] FILE|-)", err))
	}
	if fl.NArg() != 1 {
		return e.badInput(errors.New("check: give one self-check file, or - to read standard input (usage: check [-on YYYY-MM-DD] FILE|-)"))
	}
	f, _, asOf, err := readCheck(e, fl.Arg(0), *on)
	if err != nil {
		return e.badInput(err)
	}
	c, err := assessCover(f.Vehicle, asOf)
	if err != nil {
		return e.badInput(err)
	}
	return e.printJSON(checkReport{Report: standards.Evaluate(f, asOf), Cover: c})
}

// readCheck reads the self-check file named (- for standard input), or the
// archive of a check and its photos (cli/archive.go), and the day of the
// check (-on, default today), as check and pdf take them.
func readCheck(e env, name, on string) (*standards.File, map[string][]byte, date.Date, error) {
	asOf := date.FromTime(time.Now())
	if on != "" {
		d, err := date.Parse(on)
		if err != nil {
			return nil, nil, date.Date{}, field.Errorf("-on", "%v", err)
		}
		asOf = d
	}
	b, err := readInput(e, name)
	if err != nil {
		return nil, nil, date.Date{}, err
	}
	b, photos, err := unpackArchive(name, b)
	if err != nil {
		return nil, nil, date.Date{}, err
	}
	f, err := standards.Decode(b)
	if err == nil {
		err = missingPhoto(name, f, photos)
	}
	if err != nil {
		return nil, nil, date.Date{}, err
	}
	if v := f.Vehicle; v.AgreementEnds.IsZero() && asOf.Before(v.FirstRegistered) {
		return nil, nil, date.Date{}, field.Errorf("-on", "the check date %s is before the car was first registered, on %s", asOf.Long(), v.FirstRegistered.Long())
	}
	return f, photos, asOf, nil
}

// readInput reads the named file, or standard input for "-".
func readInput(e env, name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		file, err := os.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file", name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		defer file.Close()
		r = file
	}
	// Reading stops past the limit, so a stream that never ends is refused.
	b, err := io.ReadAll(io.LimitReader(r, standards.MaxFileBytes+1))
	if err == nil && evidence.IsArchive(b) { // an archive is larger: read on to its limit
		var rest []byte
		rest, err = io.ReadAll(io.LimitReader(r, evidence.MaxArchiveBytes+1-int64(len(b))))
		b = append(b, rest...)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if p := standards.SizeProblem(len(b)); p != nil && !evidence.IsArchive(b) {
		return nil, fmt.Errorf("%s: %v", name, p)
	}
	return b, nil
}
