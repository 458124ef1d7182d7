package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

type job struct {
	path, title, text string
}

// jobs are the three things a driver comes here to do.
var jobs = []job{
	{PathCheck, "Check my car before returning it",
		"Walk round the car with the Vehicle Return Standards: what is fair wear and tear, what is likely to be charged (the documents give no prices), what to hand back."},
	{PathAssistance, "I need road assistance",
		"Am I covered, does cover apply in this country, and which number do I ring from here."},
	{PathContacts, "Contacts and documents",
		"Customer Services, insurance, complaints, your agreement, and a printable contact sheet."},
}

type home struct{ app.Compo }

func (h *home) Render() app.UI {
	return layout(PathHome, "What do you need?",
		classP("lead", "Works offline. Your answers stay on this device."),
		jobList(),
	)
}

// jobList links to the three jobs, each with a line on what it does.
func jobList() app.UI {
	return classUl("jobs",
		app.Range(jobs).Slice(func(i int) app.UI {
			j := jobs[i]
			return li(
				app.A().Class("job").Href(j.path).Body(
					classSpan("job-title", j.title),
					classSpan("job-text", j.text),
				),
			)
		}),
	)
}
