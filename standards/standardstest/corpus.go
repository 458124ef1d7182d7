// Package standardstest is the test corpus of self-check files shared by
// the agreement tests of the commands, the PDF and the app: the example
// files in testdata and files generated from the catalogue. Tests only.
package standardstest

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// On is the day the corpus is judged on.
var On = date.Of(2025, 11, 26)

// Case is one file of the corpus.
type Case struct {
	Name string
	JSON []byte
}

// Corpus returns the example files (under root, the module's directory)
// that read without problems, then n files generated from seed.
func Corpus(root string, seed int64, n int) ([]Case, error) {
	var out []Case
	for _, dir := range []string{"standards/testdata", "pdf/testdata"} {
		names, err := filepath.Glob(filepath.Join(root, dir, "*.json"))
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			if _, problems := standards.Parse(b); len(problems) == 0 {
				out = append(out, Case{filepath.Join(dir, filepath.Base(name)), b})
			}
		}
	}
	rng := rand.New(rand.NewSource(seed))
	for i := range n {
		f := Generate(rng)
		b, err := f.Encode()
		if err != nil {
			return nil, err
		}
		if _, problems := standards.Parse(b); len(problems) > 0 {
			return nil, fmt.Errorf("generated file %d: %v", i, problems[0])
		}
		out = append(out, Case{fmt.Sprintf("generated-%d-%d", seed, i), b})
	}
	return out, nil
}

// locations a finding may be at: catalogue panels and free text.
var locations = []string{"", "Left door", "bonnet", "Right front wheel arch", "rear bumper", "driver seat", "Roof", "left door"}

// Generate makes a self-check file a driver could have written: a car
// registered before On, findings of any kind in the catalogue with values
// within their ranges, some items ticked and some areas checked.
func Generate(rng *rand.Rand) *standards.File {
	reg := On.AddDays(-rng.Intn(9 * 365))
	v := standards.Vehicle{
		Model:              []string{"", "smart fortwo coupé", "smart forfour"}[rng.Intn(3)],
		Powertrain:         standards.Powertrain(1 + rng.Intn(3)),
		FirstRegistered:    reg,
		FullServiceHistory: maybe(rng),
		CherishedPlate:     maybe(rng),
	}
	if rng.Intn(3) > 0 {
		v.AgreementEnds = On.AddDays(rng.Intn(400) - 30)
		if v.AgreementEnds.Before(reg) {
			v.AgreementEnds = reg
		}
	}
	if rng.Intn(2) == 0 {
		v.MOTExpires = On.AddDays(rng.Intn(700) - 200)
	}
	if rng.Intn(2) == 0 {
		v.RegistrationNumber = "ab19 cde"
	}
	f := &standards.File{Vehicle: v, Items: map[string]bool{}}
	for _, it := range standards.Contents().Items {
		if b := maybe(rng); b != nil {
			f.Items[it.ID] = *b
		}
	}
	var areas []*standards.Area
	for _, a := range standards.Contents().Areas {
		if !a.ElectricOnly || v.Powertrain == standards.Electric {
			areas = append(areas, a)
		}
	}
	for _, a := range areas {
		if rng.Intn(3) == 0 {
			f.AreasChecked = append(f.AreasChecked, a.ID)
		}
	}
	for range rng.Intn(9) {
		a := areas[rng.Intn(len(areas))]
		k := a.Kinds[rng.Intn(len(a.Kinds))]
		f.Findings = append(f.Findings, finding(rng, k))
	}
	return f
}

func finding(rng *rand.Rand, k *standards.Kind) standards.Finding {
	fd := standards.Finding{Kind: k.ID}
	for _, fl := range k.Fields {
		if rng.Intn(4) == 0 {
			continue // not recorded
		}
		switch fl.Name {
		case "location":
			fd.Location = locations[rng.Intn(len(locations))]
		case "position":
			fd.Position = fl.Options[rng.Intn(len(fl.Options))].ID
		case "sizeMm":
			fd.SizeMm = number(rng, []float64{3, 5, 12.5, 13, 20, 25, 40, 50, 60})
		case "treadMm":
			fd.TreadMm = number(rng, []float64{1.2, 1.6, 3, 6})
		case "brand":
			fd.Brand = []string{"Pirelli", "Bridgestone", "Other brand"}[rng.Intn(3)]
		case "size":
			fd.Size = []string{"165/65 R15", "175/55 R15"}[rng.Intn(2)]
		case "note":
			fd.Note = "seen at the kerb"
		case "premiumBrand":
			fd.PremiumBrand = maybe(rng)
		case "onSwageLineOrEdge":
			fd.OnSwageLineOrEdge = maybe(rng)
		case "highProfilePanel":
			fd.HighProfilePanel = maybe(rng)
		case "inDriversView":
			fd.InDriversView = maybe(rng)
		case "cracking":
			fd.Cracking = maybe(rng)
		case "affectsAppearance":
			fd.AffectsAppearance = maybe(rng)
		}
	}
	return fd
}

func maybe(rng *rand.Rand) *bool {
	switch rng.Intn(3) {
	case 0:
		return nil
	case 1:
		b := true
		return &b
	}
	b := false
	return &b
}

func number(rng *rand.Rand, from []float64) *float64 {
	n := from[rng.Intn(len(from))]
	return &n
}

// Missing is the first of want that text does not hold after the ones
// before it, "" when text holds them all in order.
func Missing(text string, want []string) string {
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return w
		}
		at += i + len(w)
	}
	return ""
}

// Flat is s with every run of white space as one space.
func Flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// SummaryCounts is the summary's counts as the app's summary reads them:
// "2 ✗ not acceptable 1 ? borderline 3 ✓ acceptable".
func SummaryCounts(r standards.Report) string {
	var counts []string
	for _, tl := range r.Summary.Tallies() {
		counts = append(counts, fmt.Sprintf("%d %s %s", tl.N, standards.VerdictSymbol(tl.Verdict), tl.Words))
	}
	return strings.Join(counts, " ")
}

// SummaryActions are the report's actions, in order, as the app's summary
// reads them: "By 31 March 2026 Your MOT expires…".
func SummaryActions(r standards.Report) []string {
	var actions []string
	for _, a := range r.Actions {
		actions = append(actions, Flat("By "+a.Due.Long()+" "+a.Text))
	}
	return actions
}
