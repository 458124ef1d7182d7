package cover

import "github.com/smart-selfcheck/selfcheck/date"

// ComplaintStage is a stage of the booklet's complaint procedure.
type ComplaintStage struct {
	Stage     int
	Title     string
	Text      string   // quoted
	Phone     string   // Numbers id; "" when none
	Email     string   // Emails id; "" when none
	Addresses []string // Addresses ids
	Source    string
}

const srcComplaints = srcBooklet + ", How to make a complaint p.13"

// ComplaintStages are stages 1 to 4 of "How to make a complaint".
var ComplaintStages = []ComplaintStage{
	{Stage: 1, Title: "Contact us",
		Text:  "If you have reason to complain, you can contact us by calling 0370 847 0700, emailing customerservices-mbfs@daimler.com or writing to us at: Mercedes Benz Financial Services UK Limited, Tongwell, Milton Keynes MK15 8BA.",
		Phone: "customer-services", Email: "customer-services", Addresses: []string{"mbfs"},
		Source: srcComplaints + ", Stage 1"},
	{Stage: 2, Title: "Our response",
		Text: "If we are able to resolve your complaint within three working days, we will write to you providing confirmation that we believe your complaint is resolved. " +
			"We will also provide you with further options should you remain dissatisfied. If we are unable to resolve your complaint within three working days, we will inform you and your complaint will be escalated for further investigation. " +
			"We will provide written acknowledgement of your escalated complaint within five working days. Within four weeks of receiving your complaint, we will write to you with the outcome of our investigation. " +
			"If we need to carry out further investigations, we will inform you of any delay with an estimated completion date which should be within four weeks of the initial complaint creation. " +
			"In some instances where we are unable to resolve your complaint within four weeks, we will write to you with an update and an anticipated resolution date which should not exceed eight weeks from the date we received your complaint.",
		Source: srcComplaints + ", Stage 2"},
	{Stage: 3, Title: "What to do if you’re not satisfied",
		Text: "If the matter is not resolved to your satisfaction, you may refer your complaint to the Finance and Leasing Association Complaints Handling Team. They will independently explore the situation in line with their Code of Practice. " +
			"If your complaint is regarding Vehicle Return Standards, you should instead contact the BVRLA (British Vehicle Rental and Leasing Association).",
		Addresses: []string{"fla", "bvrla"},
		Source:    srcComplaints + ", Stage 3"},
	{Stage: 4, Title: "Independent review",
		Text:      "If we have not provided you with our final response within eight weeks of the date you first complained, or if you are not satisfied with the outcome, you can refer your complaint to the Financial Ombudsman Scheme for an independent review.",
		Addresses: []string{"fos"},
		Source:    srcComplaints + ", Stage 4"},
}

// ComplaintDeadline is a promise of Stage 2 with its length.
type ComplaintDeadline struct {
	ID          string
	Promise     string // quoted
	WorkingDays int    // counted after the day the complaint was made; 0 when the length is in weeks
	Weeks       int
	Source      string
}

// ComplaintDeadlines are the time limits of Stage 2.
var ComplaintDeadlines = []ComplaintDeadline{
	{ID: "resolved", Promise: "If we are able to resolve your complaint within three working days, we will write to you providing confirmation that we believe your complaint is resolved.",
		WorkingDays: 3, Source: srcComplaints + ", Stage 2"},
	{ID: "acknowledged", Promise: "We will provide written acknowledgement of your escalated complaint within five working days.",
		WorkingDays: 5, Source: srcComplaints + ", Stage 2"},
	{ID: "outcome", Promise: "Within four weeks of receiving your complaint, we will write to you with the outcome of our investigation.",
		Weeks: 4, Source: srcComplaints + ", Stage 2"},
	{ID: "final", Promise: "an anticipated resolution date which should not exceed eight weeks from the date we received your complaint; after that you can refer your complaint to the Financial Ombudsman Service (Stage 4)",
		Weeks: 8, Source: srcComplaints + ", Stages 2 and 4"},
}

// ComplaintDue is a Stage 2 deadline as a date.
type ComplaintDue struct {
	ComplaintDeadline
	Due date.Date // the last day
}

// ComplaintDates turns the Stage 2 deadlines into dates for a complaint made
// on the day made. Working days are counted from the next working day, with
// England and Wales bank holidays (the firm is in Milton Keynes); weeks are
// calendar weeks, so four weeks after Monday 24 November 2025 is Monday
// 22 December 2025.
func ComplaintDates(made date.Date) []ComplaintDue {
	out := make([]ComplaintDue, 0, len(ComplaintDeadlines))
	for _, d := range ComplaintDeadlines {
		due := made.AddDays(7 * d.Weeks)
		if d.WorkingDays > 0 {
			due = WorkingDaysAfter(made, d.WorkingDays, EnglandAndWales)
		}
		out = append(out, ComplaintDue{d, due})
	}
	return out
}
