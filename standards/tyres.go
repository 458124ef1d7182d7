package standards

import (
	"fmt"
	"strings"
)

// axles pair the tyres that must match: "matching tyres (of a size and
// premium brand, approved by the manufacturer) on each axle". The fortwo has
// different sizes front and rear, so only pairs on one axle are compared.
var axles = []struct{ name, left, right string }{
	{"front", "front-left", "front-right"},
	{"rear", "rear-left", "rear-right"},
}

// matchAxles judges whether the tyres on each axle match in brand and size,
// and whether each is of a premium brand approved by the manufacturer. A
// brand not said is never silently acceptable: the tyre is borderline.
func matchAxles(fs []Finding, rs []Result) {
	k, _ := KindByID("wheels.tyre")
	rule := k.quoting("matching tyres")
	at := map[string]int{}
	for i := range fs {
		if fs[i].Kind != k.ID {
			continue
		}
		switch p := fs[i].PremiumBrand; {
		case p != nil && !*p:
			rs[i].overrule("Not a premium brand approved by the manufacturer: the standards require tyres of a size and premium brand, approved by the manufacturer.", rule)
		case p == nil && rs[i].Verdict == Acceptable:
			rs[i].Verdict = Borderline
			rs[i].Reason += " Whether it is a premium brand approved by the manufacturer was not said: the standards require one, so check it."
		case p == nil:
			rs[i].Reason += " Whether it is a premium brand approved by the manufacturer was not said: the standards require one."
		}
		if fs[i].Position == "" {
			rs[i].Reason += " Say which wheel it is on, so it can be checked against the other tyre on its axle."
		} else if _, dup := at[fs[i].Position]; !dup {
			at[fs[i].Position] = i
		}
	}
	for _, a := range axles {
		l, lok := at[a.left]
		r, rok := at[a.right]
		switch {
		case lok && rok && described(&fs[l]) && described(&fs[r]):
			if !sameTyre(&fs[l], &fs[r]) {
				reason := fmt.Sprintf("The %s tyres do not match (%s: %s %s; %s: %s %s): the standards require matching tyres, of one size and brand, on each axle.",
					a.name, a.left, fs[l].Brand, fs[l].Size, a.right, fs[r].Brand, fs[r].Size)
				rs[l].overrule(reason, rule)
				rs[r].overrule(reason, rule)
			}
		case lok || rok:
			note := fmt.Sprintf(" Whether the %s tyres match was not checked: record both, with brand and size.", a.name)
			if lok {
				rs[l].Reason += note
			}
			if rok {
				rs[r].Reason += note
			}
		}
	}
}

func described(t *Finding) bool { return t.Brand != "" && t.Size != "" }

func sameTyre(a, b *Finding) bool {
	return fold(a.Brand) == fold(b.Brand) &&
		strings.EqualFold(strings.Join(strings.Fields(a.Size), ""), strings.Join(strings.Fields(b.Size), ""))
}
