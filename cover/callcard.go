package cover

// CallCardItem is something to have ready when ringing road assistance.
type CallCardItem struct {
	ID     string // stable, for the form field the UI pre-fills
	Label  string // as the page words it
	Hint   string // what to write, in plain words
	Source string
}

const srcContact = srcPage + ", Contact us"

// CallCard is what the page asks callers to have ready: "In order for us to
// assist you as soon as possible, please have the following information
// available".
var CallCard = []CallCardItem{
	{ID: "personal-details", Label: "Personal details", Hint: "your name and address", Source: srcContact},
	{ID: "contact-telephone", Label: "Contact telephone", Hint: "a number the assistance centre can ring you back on", Source: srcContact},
	{ID: "vehicle", Label: "Vehicle model and registration number", Hint: "for example smart fortwo, and the number plate", Source: srcContact},
	{ID: "first-registered", Label: "Date of first registration", Hint: "on the V5C log book", Source: srcContact},
	{ID: "location", Label: "Current vehicle location", Hint: "road, junction or nearest landmark, town and country", Source: srcContact},
	{ID: "fault", Label: "Description of vehicle fault", Hint: "what happened and what the car is doing now", Source: srcContact},
}

// Outcome is what the Customer Assistance Centre may decide.
type Outcome struct {
	ID     string
	Text   string // quoted
	Source string
}

// Outcomes: "This will allow our Customer Assistance Centre to decide whether
// your vehicle –"
var Outcomes = []Outcome{
	{ID: "at-location", Text: "Requires assistance at the location", Source: srcContact},
	{ID: "drive-to-retailer", Text: "Can be driven to your nearest smart Retailer", Source: srcContact},
	{ID: "workshop-visit", Text: "Needs to be booked in for a workshop visit", Source: srcContact},
}
