package standards

import "fmt"

// Limits on how many dents and windscreen chips the standards accept. Only
// findings not already not acceptable count; of those, the least severe are
// kept and the most severe beyond the limit are not acceptable. Unmeasured
// ones count as the most severe, so the driver is not told too little.

// leastSevereFirst sorts finding indexes by size, unmeasured last, ties in
// file order.
func leastSevereFirst(fs []Finding, idx []int) {
	less := func(a, b int) bool {
		sa, sb := fs[a].SizeMm, fs[b].SizeMm
		if sa == nil || sb == nil {
			return sa != nil && sb == nil
		}
		return *sa < *sb
	}
	// An insertion sort: stable, small in the wasm, and a car has few dents.
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && less(idx[j], idx[j-1]); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
}

// counted returns the indexes of findings of kind not already not acceptable.
func counted(fs []Finding, rs []Result, kind string) []int {
	var idx []int
	for i := range fs {
		if fs[i].Kind == kind && rs[i].Verdict != NotAcceptable {
			idx = append(idx, i)
		}
	}
	return idx
}

func limitDents(fs []Finding, rs []Result, c car) {
	k, _ := KindByID("body.dent")
	perPanel, perCar := k.quoting("maximum one dent per panel"), k.quoting("if more than two (or four)")
	var kept []int
	byPanel := map[string][]int{}
	var panelOrder []string
	for _, i := range counted(fs, rs, k.ID) {
		p := fold(fs[i].Location)
		if p == "" {
			kept = append(kept, i)
			continue
		}
		if byPanel[p] == nil {
			panelOrder = append(panelOrder, p)
		}
		byPanel[p] = append(byPanel[p], i)
	}
	for _, p := range panelOrder {
		group := byPanel[p]
		leastSevereFirst(fs, group)
		kept = append(kept, group[0])
		for _, i := range group[1:] {
			rs[i].overrule(fmt.Sprintf("Another dent on the same panel (%s): the standards accept at most one dent per panel, so the most severe beyond that is likely to be charged.", fs[i].Location), perPanel)
		}
	}
	n := c.dentAllowance()
	if len(kept) <= n {
		return
	}
	age := "up to two years old"
	if c.overTwo {
		age = "over two years old"
	}
	leastSevereFirst(fs, kept)
	for _, i := range kept[n:] {
		rs[i].overrule(fmt.Sprintf("One of %d minor dents: the standards accept %d on a car %s at the return date, and the most severe beyond that should be repaired.", len(kept), n, age), perCar)
	}
}

// chipsPerWindscreen is "to a maximum of two per windscreen".
const chipsPerWindscreen = 2

func limitChips(fs []Finding, rs []Result) {
	k, _ := KindByID("glass.windscreen-chip")
	idx := counted(fs, rs, k.ID)
	if len(idx) <= chipsPerWindscreen {
		return
	}
	leastSevereFirst(fs, idx)
	for _, i := range idx[chipsPerWindscreen:] {
		rs[i].overrule(fmt.Sprintf("One of %d chips on the windscreen: the standards accept at most two per windscreen, so the largest beyond two is likely to be charged.", len(idx)), k.quoting("maximum of two per windscreen"))
	}
}
