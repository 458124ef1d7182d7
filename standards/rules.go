package standards

import (
	"fmt"

	"github.com/smart-selfcheck/selfcheck/date"
)

// Rule is a general rule of the Vehicle Return Standards, beyond the areas.
type Rule struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Quote
	Action string `json:"action,omitempty"` // the id of the action it may call for
	Kind   string `json:"kind,omitempty"`   // the finding kind that records a breach
}

// Action is something to do before the car goes back.
type Action struct {
	ID     string    `json:"id"`
	Due    date.Date `json:"due"`
	Text   string    `json:"text"`
	Source string    `json:"source"`
}

const pleaseNote = booklet + "Vehicle Return Standards p.15, Please note"

var rules = []Rule{
	{ID: "charges", Label: "Not acceptable means likely to be charged",
		Quote: Quote{"Anything mentioned in the Not Acceptable section of the following pages is likely to be charged for on return of the vehicle", pleaseNote}},
	{ID: "service-history", Label: "Full smart service history", Action: "service-history",
		Quote: Quote{"A full service history is required from a smart Retailer. If this is not provided you will be charged in accordance with the matrix supplied in your agreement", pleaseNote}},
	{ID: "mot", Label: "MOT with six months remaining for cars over three years old", Action: "mot",
		Quote: Quote{"All vehicles over three years old from the date of registration will need a current MOT certificate with six months remaining. We cannot allocate drivers to collect the vehicle without an MOT, in which case you may be charged for a transporter to return the vehicle and the cost for an MOT", pleaseNote}},
	{ID: "cherished-plate", Label: "Cherished number plate on retention", Action: "cherished-plate",
		Quote: Quote{"If you have a cherished number plate, it's important to place it on retention with the DVLA who advise you do this at least 10-12 weeks before the end of your agreement (call 0300 790 6802, or go to gov.uk/keep-registration-number). When you have the new registration number please let Customer Services know so that they can update the vehicle's details.", pleaseNote}},
	{ID: "wraps-and-livery", Label: "Wraps and livery removed", Kind: "body.wrap-or-livery",
		Quote: Quote{wrapsWording, booklet + "Fair Wear & Tear p.17, Body and Paint"}},
}

// Tip is the booklet's care advice that bears on the return of the car.
type Tip struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Quote
}

const careAdvice = booklet + "How to look after your smart p.14"

var tips = []Tip{
	{ID: "servicing", Label: "Service at the manufacturer's intervals",
		Quote: Quote{"Your vehicle must be serviced, in accordance with the manufacturer's suggested service intervals. We recommend that your servicing is carried out at a smart Retailer, this helps avoid or reduce any additional fees when returning your vehicle.", careAdvice}},
	{ID: "floor-mats", Label: "Floor mats stay in the car",
		Quote: Quote{"Make sure that any floor mats supplied with your smart remain in it. If they wear through, arrange with an approved smart Retailer to replace them.", careAdvice}},
	{ID: "repairs", Label: "Repairs at a smart Retailer",
		Quote: Quote{"You may be charged to rectify any poor repair work that is not carried out by a smart Retailer.", careAdvice}},
}

// cherishedPlateLead is how long before the return date the plate should go
// on retention: the earlier end of "10-12 weeks", so the driver is in time.
const cherishedPlateLead = 12 * 7 // days

func ruleByID(id string) Rule {
	for _, r := range rules {
		if r.ID == id {
			return r
		}
	}
	panic("standards: no rule " + id)
}

// actions lists what the general rules ask of this car, in due-date order
// (rule order on the same day), as the screen, the PDF and check list them.
func actions(v *Vehicle, c car, asOf date.Date) []Action {
	out := []Action{}
	add := func(rule string, due date.Date, text string) {
		out = append(out, Action{ID: rule, Due: due, Text: text, Source: ruleByID(rule).Source})
	}
	switch {
	case v.FullServiceHistory == nil:
		add("service-history", c.returnDate, "Check that you have a full service history from a smart Retailer: without one you will be charged in accordance with the matrix supplied in your agreement."+lastService(v))
	case !*v.FullServiceHistory:
		add("service-history", c.returnDate, "A full service history from a smart Retailer is required: without one you will be charged in accordance with the matrix supplied in your agreement. The booklet recommends servicing at a smart Retailer: it helps avoid or reduce any additional fees when returning your vehicle."+lastService(v))
	}
	if c.overThree {
		need := c.returnDate.AddMonths(6)
		lead := ""
		switch {
		case v.MOTExpires.IsZero():
			lead = "You have not given the MOT expiry date, so check it."
		case v.MOTExpires.Before(asOf):
			lead = "Your MOT expired on " + v.MOTExpires.Long() + "."
		case !v.MOTExpires.After(c.returnDate):
			lead = "Your MOT expires on " + v.MOTExpires.Long() + ", before the car goes back on " + c.returnDate.Long() + "."
		case v.MOTExpires.Before(need):
			lead = "Your MOT expires on " + v.MOTExpires.Long() + ", less than six months after the return date."
		}
		if lead != "" {
			add("mot", c.returnDate, lead+" Your car will be over three years old, so it needs a current MOT certificate with six months remaining when it goes back: by the return date, "+
				c.returnDate.Long()+", an MOT running until at least "+need.Long()+". Without it you may be charged for a transporter to return the car and for an MOT.")
		}
	}
	plate := fmt.Sprintf("put it on retention with the DVLA by %s, at least 10 to 12 weeks before the end of your agreement as the DVLA advise: call 0300 790 6802 or go to gov.uk/keep-registration-number. When you have the new registration number, let Customer Services know.", c.returnDate.AddDays(-cherishedPlateLead).Long())
	switch {
	case v.CherishedPlate == nil:
		add("cherished-plate", c.returnDate.AddDays(-cherishedPlateLead), "If you have a cherished number plate, "+plate)
	case *v.CherishedPlate:
		add("cherished-plate", c.returnDate.AddDays(-cherishedPlateLead), "You have a cherished number plate: "+plate)
	}
	// An insertion sort, stable and small in the browser build: at most three actions.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Due.Before(out[j-1].Due); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func lastService(v *Vehicle) string {
	if v.LastOfficialService.IsZero() {
		return ""
	}
	return " Your last official service was on " + v.LastOfficialService.Long() + "."
}
