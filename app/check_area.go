package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

func itoa(n int) string { return strconv.Itoa(n) }

// verdictLook is how a verdict is shown: a symbol and words, never colour
// alone.
type verdictLook struct{ symbol, words, class string }

var verdictLooks = map[standards.Verdict]verdictLook{
	standards.Acceptable:    {"✓", "Acceptable", "verdict-ok"},
	standards.NotAcceptable: {"✗", "Not acceptable", "verdict-bad"},
	standards.Borderline:    {"?", "Borderline: have it looked at", "verdict-warn"},
}

func verdictBadge(v standards.Verdict) app.UI {
	l := verdictLooks[v]
	return app.Span().Class("verdict "+l.class).Body(
		app.Span().Class("verdict-symbol").Aria("hidden", "true").Text(l.symbol),
		app.Span().Text(l.words),
	)
}

// areaBadge tells an area's progress; an area not checked never reads as passed.
func areaBadge(a *standards.AreaStatus) app.UI {
	symbol, words, class := "○", "Not checked yet", "verdict-none"
	switch {
	case !a.Checked:
	case a.NotAcceptable > 0:
		symbol, words, class = "✗", "Checked: "+plural(a.NotAcceptable, "finding")+" not acceptable", "verdict-bad"
	case a.Borderline > 0:
		symbol, words, class = "?", "Checked: "+plural(a.Borderline, "finding")+" borderline", "verdict-warn"
	case a.Acceptable > 0:
		symbol, words, class = "✓", "Checked: "+plural(a.Acceptable, "finding")+", all acceptable", "verdict-ok"
	default:
		symbol, words, class = "✓", "Checked: nothing found", "verdict-ok"
	}
	return app.Span().Class("verdict "+class).Body(
		app.Span().Class("verdict-symbol").Aria("hidden", "true").Text(symbol),
		app.Span().Text(words),
	)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}

// renderArea is one area of the walk round: what the standards say, what
// the driver found, and the way on.
func (c *checkScreen) renderArea(a *standards.AreaStatus) app.UI {
	area, _ := standards.AreaByID(a.ID)
	areas := c.st.report.Areas
	at := 0
	for i := range areas {
		if areas[i].ID == a.ID {
			at = i
		}
	}
	prev, next := stepURL(stepCar), stepURL(stepHandBack)
	prevLabel, nextLabel := "← Car", "Hand back →"
	if at > 0 {
		prev, prevLabel = stepURL(areas[at-1].ID), "← "+areas[at-1].Label
	}
	if at < len(areas)-1 {
		next, nextLabel = stepURL(areas[at+1].ID), areas[at+1].Label+" →"
	}
	found := c.st.byArea[a.ID]
	return app.Elem("section").Class("check-area").Aria("labelledby", "step-heading").Body(
		app.P().Class("check-area-count").Text("Area "+itoa(at+1)+" of "+itoa(len(areas))),
		stepHeading(a.Label),
		app.P().Class("check-area-status").Body(areaBadge(a)),
		renderWording(area, a.Checked),
		app.H3().Text("What you found"),
		app.If(len(found) == 0, app.P().Class("check-none").Text("Nothing recorded here yet.")),
		app.Ul().Class("findings").Body(
			app.Range(found).Slice(func(j int) app.UI { return c.renderFinding(found[j], true) }),
		),
		c.renderUndo(),
		c.renderAdd(area),
		app.If(len(found) == 0, c.renderNothingFound(a)),
		app.Elem("nav").Class("check-pager no-print").Aria("label", "Areas").Body(
			app.A().Class("button button-secondary").Href(prev).Text(prevLabel),
			app.A().Class("button").Href(next).Text(nextLabel),
		),
	)
}

// renderWording quotes what the area's standards accept and do not.
func renderWording(a *standards.Area, checked bool) app.UI {
	source := ""
	if len(a.Acceptable) > 0 {
		source = a.Acceptable[0].Source
	}
	return app.Elem("details").Class("wording").Attr("open", !checked).Body(
		app.Elem("summary").Text("What the standards say"),
		app.Range(a.Intro).Slice(func(i int) app.UI { return app.P().Text(a.Intro[i].Text) }),
		app.Elem("h4").Class("wording-ok").Body(
			app.Span().Aria("hidden", "true").Text("✓ "), app.Text("Acceptable")),
		app.Ul().Class("wording-list").Body(
			app.Range(a.Acceptable).Slice(func(i int) app.UI { return app.Li().Text(a.Acceptable[i].Text) }),
		),
		app.Elem("h4").Class("wording-bad").Body(
			app.Span().Aria("hidden", "true").Text("✗ "), app.Text("Not acceptable")),
		app.Ul().Class("wording-list").Body(
			app.Range(a.NotAcceptable).Slice(func(i int) app.UI { return app.Li().Text(a.NotAcceptable[i].Text) }),
		),
		app.P().Class("source").Text("Source: "+source),
	)
}

// renderNothingFound lets the driver mark an area with no findings checked.
func (c *checkScreen) renderNothingFound(a *standards.AreaStatus) app.UI {
	id, label := a.ID, a.Label
	if a.Checked {
		return app.Button().Class("button button-secondary check-nothing").
			Text("Not checked after all").
			OnClick(handle(func(ctx app.Context, e app.Event) {
				c.st.setAreaChecked(id, false, c.today())
				c.save()
				c.status = label + ": not checked yet."
			}, id, label).args())
	}
	return app.Button().Class("button check-nothing").
		Text("✓ Checked, nothing found").
		OnClick(handle(func(ctx app.Context, e app.Event) {
			c.st.setAreaChecked(id, true, c.today())
			c.save()
			c.status = label + ": checked, nothing found."
		}, id, label).args())
}

// renderAdd offers the area's conditions to record. The kind picked is
// kept as it is picked, so Add never reads the page.
func (c *checkScreen) renderAdd(a *standards.Area) app.UI {
	id := "add-" + a.ID
	picked := c.pickedKind(a)
	return app.Div().Class("check-add no-print").Body(
		app.Label().For(id).Class("field-label").Text("Add something you found"),
		app.Div().Class("field-row").Body(
			app.Select().ID(id).Class("control").OnChange(handle(func(ctx app.Context, e app.Event) {
				if k, ok := standards.KindByID(ctx.JSSrc().Get("value").String()); ok && k.Area == a.ID {
					c.picked[a.ID] = k.ID
				}
			}, a.ID).args()).Body(
				app.Range(a.Kinds).Slice(func(i int) app.UI {
					k := a.Kinds[i]
					return app.Option().Value(k.ID).Text(k.Label).Selected(k.ID == picked)
				}),
			),
			app.Button().Class("button").Text("Add").OnClick(handle(func(ctx app.Context, e app.Event) {
				c.addFinding(ctx, c.pickedKind(a))
			}, a.ID).args()),
		),
	)
}

// pickedKind is the kind picked to add in area a: the first until another
// is picked.
func (c *checkScreen) pickedKind(a *standards.Area) string {
	if k, ok := c.picked[a.ID]; ok {
		return k
	}
	if len(a.Kinds) == 0 {
		return ""
	}
	return a.Kinds[0].ID
}

// addFinding records a new finding and opens it for editing.
func (c *checkScreen) addFinding(ctx app.Context, kind string) {
	c.editing = c.st.add(kind, c.today())
	c.undo = nil
	c.save()
	c.status = "Added. " + verdictLooks[c.st.report.Findings[c.editing].Verdict].words + "."
	c.focusLater(ctx, "finding-"+itoa(c.editing)+"-first")
}

// renderFinding is one finding with its verdict; editable opens its form
// in place (the walk round), else it links to its area (the summary).
func (c *checkScreen) renderFinding(i int, editable bool) app.UI {
	f := &c.st.file.Findings[i]
	r := &c.st.report.Findings[i]
	k, _ := standards.KindByID(f.Kind)
	editing := editable && c.editing == i
	label := r.Label
	if label == "" {
		label = f.Kind
	}
	l := verdictLooks[r.Verdict]
	var form app.UI
	if editing && k != nil {
		form = c.renderFindingForm(i, k)
	}
	facts := describe(k, f)
	return app.Li().ID("finding-"+itoa(i)).TabIndex(-1).Class("finding "+l.class).Body(
		app.Div().Class("finding-head").Body(
			verdictBadge(r.Verdict),
			app.P().Class("finding-title").Text(label),
			app.If(facts != "", app.P().Class("finding-facts").Text(facts)),
		),
		app.P().Class("finding-reason").Text(r.Reason),
		app.If(r.Quote != "", app.Elem("blockquote").Class("finding-quote").Body(
			app.P().Text("“"+r.Quote+"”"),
			app.P().Class("source").Text(r.Source),
		)),
		app.If(c.st.problems[findingPath(i)+".kind"] != "",
			app.P().Class("field-problem").Text(c.st.problems[findingPath(i)+".kind"])),
		form,
		c.renderPhotos(i, editable),
		app.Div().Class("finding-actions no-print").Body(
			app.If(editable && !editing, app.Button().Class("button button-secondary").
				Text("Edit").Aria("label", "Edit "+label).
				OnClick(handle(func(ctx app.Context, e app.Event) {
					c.editing = i
					c.focusLater(ctx, "finding-"+itoa(i)+"-first")
				}, i).args())),
			app.If(editing, app.Button().Class("button").Text("Done").
				OnClick(handle(func(ctx app.Context, e app.Event) {
					c.editing = -1
					c.focusLater(ctx, "finding-"+itoa(i))
				}, i).args())),
			app.If(editable, app.Button().Class("button button-danger").
				Text("Remove").Aria("label", "Remove "+label).
				OnClick(handle(func(ctx app.Context, e app.Event) { c.removeFinding(i) }, i).args())),
			app.If(!editable, app.A().Class("button button-secondary").
				Href(stepURL(r.Area)+"&edit="+itoa(i)).Text("Edit").Aria("label", "Edit "+label)),
		),
	)
}

// describe sums up what was recorded: "Left door, 10 mm".
func describe(k *standards.Kind, f *standards.Finding) string {
	if k == nil {
		return f.Location
	}
	var parts []string
	for _, fl := range k.Fields {
		v := findingValue(f, fl.Name)
		if v == "" || fl.Type == standards.Boolean || fl.Name == "note" {
			continue
		}
		for _, o := range fl.Options {
			if o.ID == v {
				v = o.Label
			}
		}
		if fl.Unit != "" {
			v += " " + fl.Unit
		}
		parts = append(parts, v)
	}
	return strings.Join(parts, ", ")
}

// removeFinding takes a finding out, with undo.
func (c *checkScreen) removeFinding(i int) {
	r := c.st.remove(i, c.today())
	c.undo = &r
	c.editing = -1
	c.save()
	c.status = "Removed. You can undo it."
}

func (c *checkScreen) renderUndo() app.UI {
	if c.undo == nil {
		return nil
	}
	label := c.undo.finding.Kind
	if k, ok := standards.KindByID(label); ok {
		label = k.Label
	}
	return app.Div().Class("notice notice-undo no-print").Body(
		app.P().Text("Removed: "+label+"."),
		app.Button().Class("button button-secondary").Text("Undo").OnClick(handle(func(ctx app.Context, e app.Event) {
			if c.undo == nil {
				return
			}
			c.st.restore(*c.undo, c.today())
			c.editing = -1
			c.undo = nil
			c.save()
			c.status = "Put back."
		}).args()),
	)
}

// renderFindingForm asks for the fields the finding's kind needs.
func (c *checkScreen) renderFindingForm(i int, k *standards.Kind) app.UI {
	return app.Div().Class("finding-form").Body(
		app.Range(k.Fields).Slice(func(j int) app.UI {
			return c.findingControl(i, k.Fields[j], j == 0)
		}),
	)
}

func (c *checkScreen) findingControl(i int, fl standards.Field, first bool) app.UI {
	path := findingPath(i) + "." + fl.Name
	id := "finding-" + itoa(i) + "-" + fl.Name
	if first {
		id = "finding-" + itoa(i) + "-first"
	}
	value, problem := c.st.value(path), c.st.problems[path]
	choose := func(v string) handler { return c.onChoose(path, v) }
	switch fl.Type {
	case standards.Boolean:
		if fl.Name == "highProfilePanel" {
			if text, ok := standards.PanelAnswer(c.st.file.Findings[i].Location); ok {
				return app.P().Class("field-hint panel-answer").Text(text)
			}
		}
		return choice{ID: id, Label: fl.Label, Hint: fl.Help, Problem: problem, Value: value,
			Options: yesNo, Choose: choose}.render()
	case standards.Choice:
		return picker{ID: id, Label: fl.Label, Hint: fl.Help, Problem: problem, Value: value,
			Options: options(fl.Options), OnChange: c.onInput(path)}.render()
	case standards.Text:
		if len(fl.Suggestions) > 0 {
			return c.suggestedText(id, path, fl, value, problem)
		}
	}
	in := input{ID: id, Label: fl.Label, Hint: fl.Help, Problem: problem, Value: value, Unit: fl.Unit,
		OnInput: c.onInput(path)}
	if fl.Type == standards.Number {
		in.InputMode = "decimal"
		if fl.Range != nil {
			in.Hint = strings.TrimSpace(in.Hint + " Up to " + numberText(&fl.Range.Max) + " " + fl.Unit + ".")
		}
	}
	return in.render()
}

// otherValue is the picker's value for an answer not in the list.
const otherValue = "other"

// suggestedText is a text field with a list to pick from, and "Somewhere
// else" to type anything.
func (c *checkScreen) suggestedText(id, path string, fl standards.Field, value, problem string) app.UI {
	opts := options(fl.Suggestions)
	picked := ""
	for _, o := range opts {
		if strings.EqualFold(o.Value, value) {
			picked = o.Value
		}
	}
	other := c.others[path] || value != "" && picked == ""
	if other {
		picked = otherValue
	}
	var otherInput app.UI
	otherLabel := "Something else"
	if fl.Name == "location" {
		otherLabel = "Somewhere else"
	}
	if other {
		otherInput = input{ID: id + "-other", Label: otherLabel + ": " + strings.ToLower(fl.Label), Value: value,
			Problem: problem, OnInput: c.onInput(path)}.render()
	}
	return app.Div().Class("suggested").Body(
		picker{ID: id, Label: fl.Label, Hint: fl.Help, Value: picked,
			Options: append(opts, option{otherValue, otherLabel + " (type it)"}),
			OnChange: handle(func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				c.others[path] = v == otherValue
				if v == otherValue {
					v = ""
					c.focusLater(ctx, id+"-other")
				}
				c.change(path, v)
			}, id, path)}.render(),
		otherInput,
	)
}
