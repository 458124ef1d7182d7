package standards

import "fmt"

// Verdict is what the standards say about one finding.
type Verdict int

// Verdicts. The zero Verdict means "not decided here" (a measured kind in the
// catalogue, whose verdict depends on what was measured).
const (
	Acceptable    Verdict = iota + 1 // fair wear and tear: no charge expected
	NotAcceptable                    // listed as not acceptable: likely to be charged
	Borderline                       // the documents leave a gap or a fact is missing: have it looked at
)

var verdictNames = [...]string{"", "acceptable", "not-acceptable", "borderline"}

// String is the verdict's id: "acceptable", "not-acceptable" or "borderline".
func (v Verdict) String() string { return name(verdictNames[:], int(v), "Verdict") }

func (v Verdict) MarshalText() ([]byte, error) {
	if v <= 0 || int(v) >= len(verdictNames) {
		return nil, fmt.Errorf("verdict %d has no name", int(v))
	}
	return []byte(v.String()), nil
}

func (v *Verdict) UnmarshalText(b []byte) error {
	i, ok := lookup(verdictNames[:], string(b))
	if !ok {
		return fmt.Errorf("must be acceptable, not-acceptable or borderline")
	}
	*v = Verdict(i)
	return nil
}

// gravity orders verdicts: acceptable, then borderline, then not acceptable.
func (v Verdict) gravity() int {
	return [...]int{0, 1, 3, 2}[max(0, min(int(v), 3))]
}
