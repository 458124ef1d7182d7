package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
)

// complaintState is the date a complaint was made, as typed, and the date
// each promise of Stage 2 falls due.
type complaintState struct {
	made    string
	madeOn  date.Date // made, read; zero when it is not a date
	dues    []cover.ComplaintDue
	problem string
}

// work turns the date typed into the dates each stage falls due.
func (s *complaintState) work(typed string, today date.Date) {
	s.made, s.madeOn, s.dues, s.problem = typed, date.Date{}, nil, ""
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return
	}
	made, err := date.Parse(typed)
	switch {
	case err != nil:
		err = field.Errorf("made", "must be a date, such as 2025-11-24")
	case made.After(today):
		err = field.Errorf("made", "%s is after today: give the day you made the complaint", made.Long())
	}
	if err != nil {
		s.problem = problemText(err)
		return
	}
	s.madeOn, s.dues = made, cover.ComplaintDates(made)
}

func (c *contactsScreen) onComplaintMade(ctx app.Context, e app.Event) {
	c.complaint.work(ctx.JSSrc().Get("value").String(), c.today)
}

// renderComplaints is the complaint route: the dates each promise falls due,
// then the four stages with where to write.
func (c *contactsScreen) renderComplaints() app.UI {
	s := &c.complaint
	return div(
		input{ID: "complaint-made", Label: "Date you made your complaint", Type: "date", Value: s.made,
			Hint: "To see the date each reply is due. Working days skip weekends and bank holidays in England and Wales.", Problem: s.problem,
			OnInput: handle(c.onComplaintMade)}.render(),
		app.Div().Aria("live", "polite").Body(
			app.If(len(s.dues) > 0,
				app.Elem("ol").ID("complaint-dues").Class("dues").Body(
					app.Range(s.dues).Slice(func(i int) app.UI {
						d := s.dues[i]
						overdue := d.Due.Before(c.today)
						return classLi("due",
							classPBody("due-date",
								app.If(overdue, app.Elem("strong").Class("overdue").Text("Overdue: ")),
								app.Text("By "+d.Due.Day()+" ("+dueLength(d.ComplaintDeadline)+")"),
							),
							textP(capitalise(d.Promise)),
						)
					}),
				),
			),
		),
		app.If(len(s.dues) > 0, newCalendarDownload().Check(c.saved, c.today).Complaint(s.madeOn)),
		app.Elem("ol").Class("stages").Body(
			app.Range(cover.ComplaintStages).Slice(func(i int) app.UI {
				st := cover.ComplaintStages[i]
				return classLi("stage",
					textH3("Stage "+strconv.Itoa(st.Stage)+": "+st.Title),
					textP(st.Text),
					app.If(st.Phone != "", renderStagePhone(st.Phone)),
					app.Range(st.Addresses).Slice(func(j int) app.UI {
						a, _ := cover.AddressOf(st.Addresses[j])
						return renderAddress(a, st.Source)
					}),
					classP("source", "Source: "+st.Source),
				)
			}),
		),
	)
}

func renderStagePhone(id string) app.UI {
	n, _ := cover.NumberOf(id)
	return pBody(app.Text(n.Label+": "), link(n.Tel, n.Display))
}

// dueLength is a deadline's length in words: "three working days", "four weeks".
func dueLength(d cover.ComplaintDeadline) string {
	if d.WorkingDays > 0 {
		return numberWord(d.WorkingDays) + " working days"
	}
	return numberWord(d.Weeks) + " weeks"
}

func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}
