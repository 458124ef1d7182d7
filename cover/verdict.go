package cover

import (
	"strings"

	"github.com/smart-selfcheck/selfcheck/date"
)

// Verdict is the one answer at the top of the road assistance screen: the
// place and the car together, so a covered country never reads as help for
// a car whose cover has ended.
type Verdict struct {
	Covered bool   // the place is covered and a scheme covers the car on the day: the only answer shown as good
	Against bool   // the place is not covered, or no scheme covers the car on the day
	Text    string // one or two sentences, "Germany is covered, but …"
}

// ringAnyway ends every answer that is not good: the documents' dates are a
// reading, and road assistance decide.
const ringAnyway = " Ring anyway: they decide."

// VerdictFor combines where the driver is and the car's schemes on the day
// on. place is nil, or not Known, when the driver has not said where they
// are or the place is not one we know; schemes is nil when the car's dates
// are not given. It reports false when neither is known: nothing to say.
func VerdictFor(place *CountryAnswer, schemes []Cover, on date.Date) (Verdict, bool) {
	placeKnown := place != nil && place.Known
	if !placeKnown && len(schemes) == 0 {
		return Verdict{}, false
	}
	where := ""
	if placeKnown {
		where = place.Name
		if place.Town != "" {
			where = place.Town + ", " + place.Name
		}
	}
	car, carOK := carCover(schemes, on)
	switch {
	case placeKnown && len(schemes) == 0 && place.Covered:
		return Verdict{Text: where + " is covered. Give your car's date of first registration under “Am I covered?” to check your car's cover."}, true
	case placeKnown && len(schemes) == 0:
		return Verdict{Against: true, Text: "Road assistance does not apply in " + where + "." + ringAnyway}, true
	case !placeKnown && carOK:
		return Verdict{Text: capitalise(car) + ". Tell us where you are to check the place."}, true
	case !placeKnown:
		return Verdict{Against: true, Text: capitalise(car) + "." + ringAnyway}, true
	case place.Covered && carOK:
		return Verdict{Covered: true, Text: where + " is covered, and " + car + "."}, true
	case place.Covered:
		return Verdict{Against: true, Text: where + " is covered, but " + car + "." + ringAnyway}, true
	case carOK:
		return Verdict{Against: true, Text: "Road assistance does not apply in " + where + ", though " + car + "." + ringAnyway}, true
	}
	return Verdict{Against: true, Text: "Road assistance does not apply in " + where + ", and " + car + "." + ringAnyway}, true
}

// carCover says in words whether a scheme covers the car on the day:
// "your car's smart road assistance runs until 3 March 2027", or when it
// ended or starts.
func carCover(schemes []Cover, on date.Date) (text string, active bool) {
	var ended, coming *Cover
	for i := range schemes {
		s := &schemes[i]
		switch {
		case s.Active:
			return "your car's " + s.Scheme.String() + " runs until " + s.Until.Long(), true
		case on.Before(s.From):
			coming = s
		case ended == nil || s.Until.After(ended.Until):
			ended = s
		}
	}
	if ended == nil && coming == nil {
		return "", false
	}
	if ended == nil {
		return "your car's " + coming.Scheme.String() + " starts on " + coming.From.Long(), false
	}
	return "your car's " + ended.Scheme.String() + " ended on " + ended.Until.Long(), false
}

// LapsedAdvice is what to do when no scheme covers the car on the day, ""
// when one does. Only smart road assistance is renewed by a service, so
// only then is the driver asked for a later service date.
func LapsedAdvice(schemes []Cover) string {
	if len(schemes) == 0 {
		return ""
	}
	for _, s := range schemes {
		if s.Active {
			return ""
		}
	}
	text := "No scheme covers the car today by these dates. "
	if schemes[0].Scheme == SmartRoadAssistance {
		text += "If it has had an official smart service since the date above, give that date: each service renews smart road assistance for a year. "
	}
	return text + "If in doubt, ring road assistance: they decide."
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
