package cover

import (
	"fmt"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// Scheme is a road assistance scheme.
type Scheme int

const (
	SmartRoadAssistance Scheme = iota
	SmartmoveAssistance
	SaleAndCareMove
)

// String is the scheme's name as the documents write it.
func (s Scheme) String() string {
	switch s {
	case SmartRoadAssistance:
		return "smart road assistance"
	case SmartmoveAssistance:
		return "smartmove assistance"
	case SaleAndCareMove:
		return "sale&care move"
	}
	return fmt.Sprintf("Scheme(%d)", int(s))
}

func (s Scheme) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

const (
	srcPage    = "smart road assistance web page"
	srcBooklet = "Your smart Journey booklet (08/2016)"
)

// The registration dates that split the schemes. The page covers cars
// "registered* on or after 01/11/2014" by smart road assistance and those
// "registered* before 31/10/14" by smartmove assistance, which leaves
// 31 October 2014 itself in neither: it is treated as smartmove assistance,
// and the basis says so.
var (
	roadAssistanceFirstDay = date.Of(2014, 11, 1)
	gapDay                 = date.Of(2014, 10, 31)
)

// Periods in years from first registration.
const (
	roadAssistanceYears = 3  // "for three years"
	renewalYears        = 1  // "renewed for a year every time your smart goes in for an official smart service"
	roadAssistanceMax   = 30 // "for up to 30 years"
	smartmoveYears      = 2  // "unconditionally for 2 years from their original registration date"
	warrantyYears       = 3  // sale&care move: "Within the first three years"
	saleAndCareMaxYears = 10 // sale&care move: "For the years which remain (up to ten years)"
)

// SchemeRule is a scheme as the documents state it: who it is for and what
// it gives.
type SchemeRule struct {
	Scheme   Scheme
	Rule     string // who is covered and for how long, quoted
	Source   string
	Benefits []BenefitRule
}

// BenefitRule is one benefit with its limit, quoted from the documents.
type BenefitRule struct {
	ID          string
	Title       string
	Text        string // the document's words
	Limit       string // the limit in plain words; "" when there is none
	WorkingDays int    // the limit in working days; 0 when there is none
	Dated       string // the limit with its last working day filled in for %s
	FromYear    int    // sale&care move: the benefit applies from this many years after registration...
	ToYear      int    // ...until this many; 0 when the benefit runs for the whole scheme
	Source      string
}

// SchemeRules are the three schemes with their benefits.
var SchemeRules = []SchemeRule{
	{
		Scheme: SmartRoadAssistance,
		Rule: "All smarts registered* on or after 01/11/2014, will benefit from smart road assistance for three years. " +
			"After this, your smart road assistance will be automatically renewed for a year every time your smart goes in for an official smart service for up to 30 years.",
		Source: srcPage + ", smart Road Assistance",
		Benefits: []BenefitRule{
			{ID: "assistance", Title: "Assistance wherever you are",
				Text:   "Whether your smart breaks down at roadside, home, or work, we’ll come to you wherever you are.",
				Limit:  "at the roadside, at home or at work",
				Source: srcPage + ", Assistance wherever you are"},
			{ID: "hotel", Title: "Hotel accommodation",
				Text:        "If you prefer to stay locally, we’ll cover the cost of bed and breakfast accommodation for the driver and passengers while the repairs are carried out, up to three working days.",
				Limit:       "if you prefer to stay locally: bed and breakfast for the driver and passengers while the repairs are carried out, up to three working days",
				WorkingDays: 3, Dated: "if you prefer to stay locally: bed and breakfast for the driver and passengers while the repairs are carried out, up to %s (three working days)",
				Source: srcPage + ", Hotel accommodation"},
			{ID: "on-the-spot-repairs", Title: "On-the-spot repairs",
				Text:   "If the required repair is a minor one, and can be completed at the roadside, we will cover the cost of labour and small part. This excludes batteries (unless covered by warranty)/tyres/keys/fluids.",
				Limit:  "labour and small parts for a minor repair at the roadside; not batteries (unless covered by warranty), tyres, keys or fluids",
				Source: srcPage + ", On-the-spot repairs"},
			{ID: "repatriation", Title: "Vehicle repatriation",
				Text:        "If you breakdown far from home, we will arrange to take your car back to your local smart Retailer if the repair cannot be completed within 3 working days.",
				Limit:       "if you break down far from home: your car taken back to your local smart Retailer if the repair cannot be completed within 3 working days",
				WorkingDays: 3, Dated: "if you break down far from home: your car taken back to your local smart Retailer if the repair cannot be completed by %s (3 working days)",
				Source: srcPage + ", Vehicle repatriation"},
			{ID: "towing", Title: "Towing",
				Text:   "If required, we will organise and cover the cost of towing your car to the local smart Retailer, or an alternative smart Retailer of your choice (within a radius of 30 miles) of the breakdown location).",
				Limit:  "if required: to the local smart Retailer, or a smart Retailer of your choice within 30 miles of the breakdown",
				Source: srcPage + ", Vehicle repatriation"},
			{ID: "drop-off", Title: "Vehicle drop-off",
				Text:   "If you breakdown locally, once the repair is complete, we will arrange and cover the cost of the return of your car, to your home, within a 30 mile radius of the smart Retailer.",
				Limit:  "if you break down locally, once the repair is complete: your car returned to your home, within 30 miles of the smart Retailer",
				Source: srcPage + ", Vehicle drop-off"},
			{ID: "replacement-travel", Title: "Replacement travel",
				Text:   "To help you on your journey, we’ll cover the cost of a taxi or public transport. If your journey requires train or plane travel, we’ll cover the cost for return flight or train travel for the driver and passengers as an alternative to a replacement car.",
				Limit:  "taxi or public transport; a return flight or train for the driver and passengers instead of a replacement car",
				Source: srcPage + ", Replacement travel"},
			{ID: "customer-assistance", Title: "Customer assistance",
				Text:   "Whenever and wherever you are, our Roadside Assistance team are here for you - 24 hours a day, 365 days a year, anywhere in the UK or Europe.",
				Limit:  "24 hours a day, 365 days a year, in the UK and the countries covered",
				Source: srcPage + ", Customer assistance"},
			{ID: "replacement-car", Title: "Replacement car",
				Text:        "If we can’t get your smart back on the road immediately, we’ll provide you with a replacement car for the duration of your repair, up to three working days.",
				Limit:       "if your smart cannot be got back on the road immediately: for the duration of the repair, up to three working days",
				WorkingDays: 3, Dated: "if your smart cannot be got back on the road immediately: for the duration of the repair, up to %s (three working days)",
				Source: srcPage + ", Replacement car"},
		},
	},
	{
		Scheme: SmartmoveAssistance,
		Rule:   "smarts registered* before 31/10/14 are covered by smartmove assistance unconditionally for 2 years from their original registration date.",
		Source: srcPage + ", smartmove assistance",
		Benefits: []BenefitRule{
			{ID: "breakdown", Title: "Technical breakdown",
				Text:   "Technical breakdown or failure to start at roadside, home or work",
				Limit:  "at the roadside, at home or at work",
				Source: srcPage + ", smartmove assistance, Assistance offer"},
			{ID: "loan-car", Title: "Loan car",
				Text:        "Loan car For the duration of the repair up to two working days",
				Limit:       "for the duration of the repair, up to two working days",
				WorkingDays: 2, Dated: "for the duration of the repair, up to %s (two working days)",
				Source: srcPage + ", smartmove assistance, Assistance offer"},
			{ID: "assistance-benefits", Title: "Assistance benefits",
				Text:   "Assistance benefits - taxi, transportation costs and hotel",
				Limit:  "taxi, transportation costs and hotel",
				Source: srcPage + ", smartmove assistance, Assistance offer"},
		},
	},
	{
		Scheme: SaleAndCareMove,
		Rule: "As a lease&care customer, you will also benefit from sale&care move. This includes enhanced breakdown cover exclusive to your smart fortwo electric drive 3rd generation, " +
			"for the life of your battery lease agreement.",
		Source: srcBooklet + ", A lease&care agreement p.9",
		Benefits: []BenefitRule{
			{ID: "breakdown-warranty", Title: "Breakdown Service: the first three years",
				Text:     "Within the first three years, the vehicle is fully covered for any breakdown situation, and the repairs are covered under the manufacturer’s warranty",
				Limit:    "any breakdown; repairs under the manufacturer’s warranty",
				FromYear: 0, ToYear: warrantyYears,
				Source: srcBooklet + ", A lease&care agreement p.9, sale&care move features"},
			{ID: "breakdown-battery", Title: "Breakdown Service: after three years",
				Text:     "For the years which remain (up to ten years), the vehicle is also fully covered for any breakdown situation, up to the point where workshop diagnosis is complete. At this point, the cost of repairs and replacement mobility are covered if it is established that the battery caused the breakdown",
				Limit:    "any breakdown up to workshop diagnosis; repairs and replacement mobility only if the battery caused the breakdown",
				FromYear: warrantyYears, ToYear: saleAndCareMaxYears,
				Source: srcBooklet + ", A lease&care agreement p.9, sale&care move features"},
			{ID: "hotel", Title: "Hotel stay",
				Text:   "Hotel stay (for a maximum of one night)",
				Limit:  "one night at most",
				Source: srcBooklet + ", A lease&care agreement p.9, sale&care move features"},
			{ID: "recovery", Title: "Recovery",
				Text:   "Recovery.",
				Source: srcBooklet + ", A lease&care agreement p.9, sale&care move features"},
		},
	},
}

// Rule returns the rule of scheme s.
func Rule(s Scheme) SchemeRule {
	for _, r := range SchemeRules {
		if r.Scheme == s {
			return r
		}
	}
	panic("cover: no rule for " + s.String())
}

// Cover is one scheme as it applies to a car.
type Cover struct {
	Scheme   Scheme    `json:"name"`
	Active   bool      `json:"active"` // on the date asked about
	From     date.Date `json:"from"`
	Until    date.Date `json:"until"` // last day of cover
	Basis    string    `json:"basis"` // why these dates, in plain words
	Benefits []Benefit `json:"benefits"`
}

// Benefit is a benefit of a scheme for a car, with dates where they are known.
type Benefit struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	Text        string       `json:"text"`
	Limit       string       `json:"limit,omitempty"`
	WorkingDays *WorkingDays `json:"workingDays,omitempty"` // when a start date is given
	From        date.Date    `json:"from,omitzero"`         // for benefits of part of the scheme
	Until       date.Date    `json:"until,omitzero"`
	Source      string       `json:"source"`
}

// lastDay is the last day of a period of n years that starts on from: the
// day before the anniversary. An anniversary of 29 February falls on 1 March,
// so the period ends on 28 February.
func lastDay(from date.Date, years int) date.Date {
	return date.FromTime(from.Time().AddDate(years, 0, 0)).AddDays(-1)
}

// schemes works out every scheme that applies to a validated car, active or
// lapsed, on the date on. start, when given, is the first day of the working
// days a benefit may last, counted by the nations' calendars.
func schemes(c Car, on, start date.Date, nations []Nation) []Cover {
	out := []Cover{roadAssistance(c)}
	if firstScheme(c.FirstRegistered) == SmartmoveAssistance {
		out[0] = smartmove(c)
	}
	if c.Agreement == standards.LeaseAndCare && c.Powertrain == standards.Electric {
		out = append(out, saleAndCare(c))
	}
	for i := range out {
		cv := &out[i]
		cv.Active = on.InRange(cv.From, cv.Until)
		cv.Benefits = benefits(Rule(cv.Scheme), cv, c.FirstRegistered, start, nations)
	}
	return out
}

func roadAssistance(c Car) Cover {
	reg := c.FirstRegistered
	first := lastDay(reg, roadAssistanceYears)
	limit := lastDay(reg, roadAssistanceMax)
	cv := Cover{Scheme: SmartRoadAssistance, From: reg, Until: first,
		Basis: "three years from first registration on " + reg.Long()}
	s := c.LastService
	switch {
	case s.IsZero():
		cv.Basis += "; each official smart service renews it for a year: give the date of the latest service to see the renewal"
	case s.After(limit):
		cv.Until = limit
		cv.Basis = "cover ended 30 years after first registration on " + reg.Long() + "; the service on " + s.Long() + " came after that"
	case !lastDay(s, renewalYears).After(first):
		cv.Basis += "; the service on " + s.Long() + " falls within those three years and does not shorten them"
	case lastDay(s, renewalYears).After(limit):
		cv.Until = limit
		cv.Basis = "renewed by the service on " + s.Long() + ", up to the limit of 30 years from first registration on " + reg.Long()
	default:
		cv.Until = lastDay(s, renewalYears)
		cv.Basis = "renewed by the service on " + s.Long()
	}
	if !s.IsZero() && !s.After(limit) {
		cv.Basis += ". " + renewalReading
	}
	return cv
}

// NotActiveAdvice is said wherever a scheme shows as not active: the dates
// here are a reading of the documents, and road assistance decide.
const NotActiveAdvice = "Ring road assistance to check: they decide"

// renewalReading says how the app reads "renewed for a year every time your
// smart goes in for an official smart service": the page does not say from
// when the year runs, nor what a service after cover has lapsed does.
const renewalReading = "We read the year as running from the service date, and a service after cover has lapsed as renewing it: the page does not say. Ring road assistance to confirm: they decide"

func smartmove(c Car) Cover {
	reg := c.FirstRegistered
	cv := Cover{Scheme: SmartmoveAssistance, From: reg, Until: lastDay(reg, smartmoveYears),
		Basis: "two years from first registration on " + reg.Long() + ", unconditionally"}
	if reg.Equal(gapDay) {
		cv.Basis += ". The page covers cars registered before 31/10/14 by smartmove assistance and those registered on or after 01/11/2014 by smart road assistance, " +
			"so 31 October 2014 falls between them: we show smartmove assistance; ring road assistance enquiries to confirm your cover"
	}
	return cv
}

func saleAndCare(c Car) Cover {
	reg := c.FirstRegistered
	limit := lastDay(reg, saleAndCareMaxYears)
	cv := Cover{Scheme: SaleAndCareMove, From: reg, Until: limit}
	ends := c.AgreementEnds
	switch {
	case ends.IsZero():
		cv.Basis = "for the life of your battery lease, at most ten years from first registration on " + reg.Long() +
			"; give the date your lease&care agreement ends to see when it stops"
	case ends.After(limit):
		cv.Basis = "for the life of your battery lease, which ends on " + ends.Long() + ", but at most ten years from first registration on " + reg.Long()
	default:
		cv.Until = ends
		cv.Basis = "for the life of your battery lease, which ends on " + ends.Long()
	}
	cv.Basis += "; it comes on top of " + firstScheme(reg).String() + ", not instead of it. " +
		"It is exclusive to the smart fortwo electric drive 3rd generation: if your car is another model, it does not apply"
	return cv
}

func firstScheme(reg date.Date) Scheme {
	if reg.Before(roadAssistanceFirstDay) {
		return SmartmoveAssistance
	}
	return SmartRoadAssistance
}

func benefits(r SchemeRule, cv *Cover, reg, start date.Date, nations []Nation) []Benefit {
	out := make([]Benefit, 0, len(r.Benefits))
	for _, br := range r.Benefits {
		b := Benefit{ID: br.ID, Title: br.Title, Text: br.Text, Limit: br.Limit, Source: br.Source}
		// A scheme that does not cover the car on the day gets no dates:
		// "up to 3 December" would read as help the car does not have.
		if br.WorkingDays > 0 && !start.IsZero() && cv.Active {
			w := CountWorkingDays(start, br.WorkingDays, nations...)
			b.WorkingDays = &w
			b.Limit = fmt.Sprintf(br.Dated, w.Until.Day())
			if w.Note != "" {
				b.Limit += "; " + w.Note
			}
		}
		if br.ToYear > 0 {
			b.From = maxDate(cv.From, lastDay(reg, br.FromYear).AddDays(1))
			b.Until = minDate(cv.Until, lastDay(reg, br.ToYear))
			if b.From.After(b.Until) {
				continue // the lease ends before this part of the scheme starts
			}
			if !cv.Active {
				b.From, b.Until = date.Date{}, date.Date{}
			}
		}
		out = append(out, b)
	}
	return out
}

func maxDate(a, b date.Date) date.Date {
	if a.After(b) {
		return a
	}
	return b
}

func minDate(a, b date.Date) date.Date {
	if a.Before(b) {
		return a
	}
	return b
}
