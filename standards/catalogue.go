package standards

import (
	"fmt"
	"strings"
	"sync"
)

// Quote is wording from the source documents and where it is.
type Quote struct {
	Text   string `json:"text"`
	Source string `json:"source"` // document and section, as the UI and PDF cite it
}

// Clause is one statement of the standards, in the booklet's words (001).
// Where the web page (002) states it too, Web holds its wording.
type Clause struct {
	Quote
	Web   *Quote   `json:"web,omitempty"`
	kinds []string // the kinds this clause decides
}

// Area is one section of the Fair Wear & Tear pages.
type Area struct {
	ID            string   `json:"id"`
	Label         string   `json:"label"`
	ElectricOnly  bool     `json:"electricOnly,omitempty"`
	Intro         []Clause `json:"intro,omitempty"` // the section's opening sentences
	Acceptable    []Clause `json:"acceptable"`
	NotAcceptable []Clause `json:"notAcceptable"`
	Kinds         []*Kind  `json:"kinds"`

	source, webSource string
}

// Kind is a condition a driver can record, "area.condition".
type Kind struct {
	ID    string `json:"id"`
	Area  string `json:"area"`
	Label string `json:"label"`
	// Verdict is the fixed verdict; zero for measured kinds, judged by Rule.
	Verdict Verdict   `json:"verdict,omitzero"`
	Rule    string    `json:"rule,omitempty"` // measured kinds: the rule in plain words
	Fields  []Field   `json:"fields"`
	Wording []Wording `json:"wording"` // the clauses deciding it, in document order

	measure *measure
}

// Wording is a clause as it bears on one kind: Verdict is zero for an
// introductory sentence.
type Wording struct {
	Verdict Verdict `json:"verdict,omitzero"`
	Clause
}

// Catalogue is everything the standards say, for the UI, the PDF and the
// catalogue command. It is shared: do not modify it.
type Catalogue struct {
	Areas  []*Area `json:"areas"`
	Rules  []Rule  `json:"rules"`
	Items  []Item  `json:"items"`
	Panels []Panel `json:"panels"`
	Tips   []Tip   `json:"tips"` // care advice for the return
}

// catalogue is the standards resolved: each kind knows its area, its fields
// and the clauses that decide it, and kinds and areas are found by id. It
// is resolved on first use rather than at start, as the app's first screen
// may need none of it; until then the kinds in areas lack their area,
// fields and wording.
var catalogue = sync.OnceValue(resolveCatalogue)

type resolvedCatalogue struct {
	Catalogue
	kinds map[string]*Kind
	areas map[string]*Area
}

// Contents returns the catalogue.
func Contents() *Catalogue { return &catalogue().Catalogue }

// KindByID returns the kind with the id, such as "body.dent".
func KindByID(id string) (*Kind, bool) {
	k, ok := catalogue().kinds[id]
	return k, ok
}

// AreaByID returns the area with the id, such as "glass".
func AreaByID(id string) (*Area, bool) {
	a, ok := catalogue().areas[id]
	return a, ok
}

func resolveCatalogue() *resolvedCatalogue {
	x := &resolvedCatalogue{
		Catalogue: Catalogue{Areas: areas, Rules: rules, Items: items, Panels: panels, Tips: tips},
		kinds:     map[string]*Kind{},
		areas:     map[string]*Area{},
	}
	for _, a := range areas {
		x.areas[a.ID] = a
		for _, k := range a.Kinds {
			k.Area = a.ID
			k.Fields = append(k.Fields, noteField)
			x.kinds[k.ID] = k
		}
		for _, part := range []struct {
			clauses []Clause
			verdict Verdict
		}{{a.Intro, 0}, {a.Acceptable, Acceptable}, {a.NotAcceptable, NotAcceptable}} {
			for i := range part.clauses {
				c := &part.clauses[i]
				c.Source = a.source
				if c.Web != nil {
					c.Web.Source = a.webSource
				}
				for _, id := range c.kinds {
					k, ok := x.kinds[id]
					if !ok || k.Area != a.ID {
						panic(fmt.Sprintf("standards: clause %q names kind %q, not in area %s", c.Text, id, a.ID))
					}
					k.Wording = append(k.Wording, Wording{part.verdict, *c})
				}
			}
		}
	}
	for _, k := range x.kinds {
		if m := k.measure; m != nil {
			m.resolve(k)
		}
	}
	return x
}

// quoting returns the kind's clause containing part; the data is checked as
// the catalogue is resolved (and by the tests), so a missing part is a
// programming error.
func (k *Kind) quoting(part string) Clause {
	for _, w := range k.Wording {
		if strings.Contains(w.Text, part) {
			return w.Clause
		}
	}
	panic(fmt.Sprintf("standards: kind %s has no wording containing %q", k.ID, part))
}

// fixedWording is the clause a fixed-verdict kind rests on.
func (k *Kind) fixedWording() Clause {
	for _, w := range k.Wording {
		if w.Verdict == k.Verdict {
			return w.Clause
		}
	}
	return k.Wording[0].Clause
}
