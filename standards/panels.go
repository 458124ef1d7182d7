package standards

import "strings"

// Panel is a body panel a dent can be on; dents are limited to one per panel.
type Panel struct {
	ID          string `json:"id"`
	Label       string `json:"label"` // what the picker shows and the finding's location holds
	HighProfile bool   `json:"highProfile,omitempty"`
}

// highProfileWords mark a location as a high-profile panel ("bonnets/wheel
// arches, etc"). Any location naming one counts, whatever else it says, so the
// driver is told such a dent is likely to be charged.
var highProfileWords = []string{"bonnet", "wheel arch"}

// panels are the body panels of the smart fortwo and forfour (rear doors:
// forfour only). The high-profile ones are those containing highProfileWords.
var panels = []Panel{
	{"bonnet", "Bonnet", true},
	{"left-front-wing", "Left front wing", false},
	{"right-front-wing", "Right front wing", false},
	{"left-front-wheel-arch", "Left front wheel arch", true},
	{"right-front-wheel-arch", "Right front wheel arch", true},
	{"left-door", "Left door", false},
	{"right-door", "Right door", false},
	{"left-rear-door", "Left rear door", false},
	{"right-rear-door", "Right rear door", false},
	{"left-sill", "Left sill", false},
	{"right-sill", "Right sill", false},
	{"left-rear-wheel-arch", "Left rear wheel arch", true},
	{"right-rear-wheel-arch", "Right rear wheel arch", true},
	{"left-rear-quarter-panel", "Left rear quarter panel", false},
	{"right-rear-quarter-panel", "Right rear quarter panel", false},
	{"roof", "Roof", false},
	{"tailgate", "Tailgate", false},
}

func panelOptions() []Option {
	o := make([]Option, len(panels))
	for i, p := range panels {
		o[i] = Option{p.Label, p.Label}
	}
	return o
}

// fold is the key locations and brands are compared by: case and spacing
// ignored.
func fold(location string) string {
	return strings.Join(strings.Fields(strings.ToLower(location)), " ")
}

// IsHighProfile reports whether a location names a high-profile panel
// (bonnet, wheel arch), by panel id or words in free text.
func IsHighProfile(location string) bool {
	l := strings.ReplaceAll(fold(location), "-", " ")
	for _, w := range highProfileWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// PanelAnswer says whether the catalogue panel a location names (case and
// spacing ignored) is high-profile, as the screen and the PDF say it; ok is
// false when the location names no panel, and the driver must answer.
func PanelAnswer(location string) (answer string, ok bool) {
	for _, p := range panels {
		if fold(location) == fold(p.Label) {
			if p.HighProfile {
				return p.Label + " is a high-profile panel: the standards accept no dents there.", true
			}
			return p.Label + " is not a high-profile panel.", true
		}
	}
	return "", false
}
