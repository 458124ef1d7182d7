package standards

import "strings"

// measure is how a measured kind is judged: one limit on a number and any
// yes/no facts that make it not acceptable.
type measure struct {
	limit  limit
	checks []check
	// needsPanel is the reason given when the finding names no location.
	needsPanel string
}

// limit judges a number against one limit from the standards.
type limit struct {
	value   func(*Finding) *float64
	mm      float64 // the limit, in millimetres
	minimum bool    // the value must be at least mm (tread), not under it
	atLimit Verdict // the verdict for exactly mm
	// Reasons: within the limit, exactly at it, beyond it, not measured.
	within, at, beyond, unmeasured string
	// Parts of the kind's wording the verdicts rest on.
	withinQuote, beyondQuote string

	withinClause, beyondClause Clause
}

// check is a yes/no fact that makes a finding not acceptable when true.
type check struct {
	fact         func(*Finding) *bool
	yes, unknown string // reasons when true, and when not said
	quote        string

	clause Clause
}

func (m *measure) resolve(k *Kind) {
	m.limit.withinClause = k.quoting(m.limit.withinQuote)
	m.limit.beyondClause = k.quoting(m.limit.beyondQuote)
	for i := range m.checks {
		m.checks[i].clause = k.quoting(m.checks[i].quote)
	}
}

// judgement is a verdict with its reason and the wording it rests on.
type judgement struct {
	verdict Verdict
	reasons []string
	clause  Clause
}

// add keeps the gravest verdict and every reason given for it.
func (j *judgement) add(v Verdict, reason string, c Clause) {
	switch {
	case v.gravity() > j.verdict.gravity():
		j.verdict, j.reasons, j.clause = v, []string{reason}, c
	case v == j.verdict:
		j.reasons = append(j.reasons, reason)
	}
}

func (j judgement) reason() string { return strings.Join(j.reasons, " ") }

// judge applies the measure to one finding on its own; limits on how many
// are accepted come after (allowance.go, tyres.go).
func (m *measure) judge(f *Finding) judgement {
	var j judgement
	l := &m.limit
	switch v := l.value(f); {
	case v == nil:
		j.add(Borderline, l.unmeasured, l.withinClause)
	case *v == l.mm && l.atLimit == Acceptable:
		j.add(Acceptable, l.within, l.withinClause)
	case *v == l.mm:
		j.add(l.atLimit, l.at, l.beyondClause)
	case (*v < l.mm) != l.minimum:
		j.add(Acceptable, l.within, l.withinClause)
	default:
		j.add(NotAcceptable, l.beyond, l.beyondClause)
	}
	for _, c := range m.checks {
		switch v := c.fact(f); {
		case v == nil:
			j.add(Borderline, c.unknown, c.clause)
		case *v:
			j.add(NotAcceptable, c.yes, c.clause)
		}
	}
	if m.needsPanel != "" && fold(f.Location) == "" {
		j.add(Borderline, m.needsPanel, l.withinClause)
	}
	return j
}

var (
	dent = measure{
		limit: limit{value: func(f *Finding) *float64 { return f.SizeMm }, mm: 13, atLimit: NotAcceptable,
			within:      "Less than 13 mm across: the standards accept minor dents of this size.",
			at:          "13 mm across: the standards accept dents only when less than 13 mm.",
			beyond:      "13 mm or more across: the standards accept dents less than 13 mm.",
			unmeasured:  "Not measured: the standards accept dents less than 13 mm across, so measure it or have it looked at.",
			withinQuote: "less than 13mm", beyondQuote: "less than 13mm"},
		checks: []check{
			{fact: func(f *Finding) *bool { return f.OnSwageLineOrEdge },
				yes:     "On a swage line or edge: the standards do not accept dents there, whatever their size.",
				unknown: "You did not say whether it is on a swage line or edge, where no dent is accepted: have it looked at.",
				quote:   "Dents on swage lines"},
			{fact: onHighProfilePanel,
				yes:     "On a high-profile panel (bonnet or wheel arch): the standards do not accept dents there, whatever their size.",
				unknown: "You did not say whether it is on a high-profile panel (bonnet or wheel arch), where no dent is accepted: have it looked at.",
				quote:   "high profile panels"},
		},
		needsPanel: "You did not say which panel it is on: the standards accept at most one dent per panel, so say which or have it looked at.",
	}
	windscreenChip = measure{
		limit: limit{value: func(f *Finding) *float64 { return f.SizeMm }, mm: 5, atLimit: Borderline,
			within:      "Less than 5 mm: the standards accept windscreen chips of this size.",
			at:          "Exactly 5 mm: the standards accept chips less than 5 mm and not those greater than 5 mm, so have it looked at before you return the car.",
			beyond:      "Greater than 5 mm: the standards do not accept windscreen chips this size.",
			unmeasured:  "Not measured: the standards accept windscreen chips less than 5 mm, so measure it or have it looked at.",
			withinQuote: "less than 5mm", beyondQuote: "Chips greater than 5mm"},
		checks: []check{
			{fact: func(f *Finding) *bool { return f.InDriversView },
				yes:     "In the driver's line of sight: the standards do not accept windscreen damage there.",
				unknown: "You did not say whether it is in the driver's line of sight, where no damage is accepted: have it looked at.",
				quote:   "within the driver's line of sight"},
			{fact: func(f *Finding) *bool { return f.Cracking },
				yes:     "Showing signs of cracking: the standards say such chips will need to be repaired.",
				unknown: "You did not say whether it shows signs of cracking, which the standards do not accept: have it looked at.",
				quote:   "signs of cracking"},
		},
	}
	rimScuff = measure{
		limit: limit{value: func(f *Finding) *float64 { return f.SizeMm }, mm: 25, atLimit: Borderline,
			within:      "Under 25 mm: the standards accept minor scuffing or damage of this size to the rim edge or wheel face.",
			at:          "Exactly 25 mm: the standards accept scuffs under 25 mm and not those exceeding 25 mm, so have it looked at before you return the car.",
			beyond:      "Over 25 mm: the standards do not accept scuffs, chips and scratches exceeding 25 mm.",
			unmeasured:  "Not measured: the standards accept rim scuffs under 25 mm, so measure it or have it looked at.",
			withinQuote: "under 25mm", beyondQuote: "exceeding 25mm"},
	}
	bumperScuff = measure{
		limit: limit{value: func(f *Finding) *float64 { return f.SizeMm }, mm: 50, atLimit: Acceptable,
			within:      "Up to 50 mm: the standards accept bumper scuff marks of this size that do not spoil the overall appearance.",
			beyond:      "Over 50 mm: the standards accept bumper scuff marks only up to 50 mm.",
			unmeasured:  "Not measured: the standards accept bumper scuff marks up to 50 mm, so measure it or have it looked at.",
			withinQuote: "up to 50mm", beyondQuote: "up to 50mm"},
		checks: []check{
			{fact: func(f *Finding) *bool { return f.AffectsAppearance },
				yes:     "It spoils the overall appearance: the standards accept scuff marks only when they do not.",
				unknown: "You did not say whether it spoils the overall appearance: the standards accept scuff marks only when they do not, so have it looked at.",
				quote:   "adversely affect"},
		},
	}
	tyreTread = measure{
		limit: limit{value: func(f *Finding) *float64 { return f.TreadMm }, mm: 1.6, minimum: true, atLimit: Acceptable,
			within:      "At least 1.6 mm of tread: the standards require a minimum of 1.6 mm across 75% of the tyre.",
			beyond:      "Less than 1.6 mm of tread: the standards do not accept less than 1.6 mm across 75% of the tyre, spare included.",
			unmeasured:  "Tread not measured: the standards require at least 1.6 mm across 75% of the tyre, so measure it or have it looked at.",
			withinQuote: "Minimum remaining tread", beyondQuote: "Less than 1.6mm"},
	}
)

func ptr[T any](v T) *T { return &v }

// onHighProfilePanel is true when the driver says so or the location names
// a high-profile panel, false when it names another known panel.
func onHighProfilePanel(f *Finding) *bool {
	if IsHighProfile(f.Location) {
		return ptr(true)
	}
	if f.HighProfilePanel != nil {
		return f.HighProfilePanel
	}
	loc := fold(f.Location)
	for _, p := range panels {
		if loc == fold(p.Label) || loc == p.ID {
			return ptr(false)
		}
	}
	return nil
}

// Limit is a measured kind's limit as the engine judges it, for anything
// that prints it (the tester card), so the words cannot drift from the
// verdicts.
type Limit struct {
	Kind    string
	MM      float64 // the limit, millimetres
	Minimum bool    // the value must be at least MM (tread), not under it
	AtLimit Verdict // the verdict for exactly MM
	Within  string  // the reason for a size within the limit
	At      string  // the reason for exactly MM
	Beyond  string  // the reason for a size beyond it
}

// LimitOf is the limit of the measured kind with the id.
func LimitOf(kind string) (Limit, bool) {
	k, ok := KindByID(kind)
	if !ok || k.measure == nil {
		return Limit{}, false
	}
	l := k.measure.limit
	at := l.at
	if l.atLimit == Acceptable {
		at = l.within
	}
	return Limit{Kind: kind, MM: l.mm, Minimum: l.minimum, AtLimit: l.atLimit, Within: l.within, At: at, Beyond: l.beyond}, true
}
