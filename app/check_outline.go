package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

const svgNS = "http://www.w3.org/2000/svg"

// The outline's drawing units.
const outlineWidth, outlineHeight = 120, 240

// panelShape is where a panel sits on the outline of the car seen from
// above, front at the top, the car's left on the left.
type panelShape struct{ x, y, w, h, r int }

// panelShapes are the outline's shapes by standards panel id; every panel
// of the catalogue has one (check_test.go).
var panelShapes = map[string]panelShape{
	"bonnet":                   {30, 12, 60, 48, 12},
	"left-front-wing":          {16, 22, 13, 30, 4},
	"right-front-wing":         {91, 22, 13, 30, 4},
	"left-front-wheel-arch":    {4, 30, 11, 30, 5},
	"right-front-wheel-arch":   {105, 30, 11, 30, 5},
	"left-door":                {16, 72, 13, 56, 3},
	"right-door":               {91, 72, 13, 56, 3},
	"left-rear-door":           {16, 130, 13, 38, 3},
	"right-rear-door":          {91, 130, 13, 38, 3},
	"left-sill":                {4, 72, 11, 96, 3},
	"right-sill":               {105, 72, 11, 96, 3},
	"left-rear-wheel-arch":     {4, 172, 11, 30, 5},
	"right-rear-wheel-arch":    {105, 172, 11, 30, 5},
	"left-rear-quarter-panel":  {16, 170, 13, 46, 4},
	"right-rear-quarter-panel": {91, 170, 13, 46, 4},
	"roof":                     {30, 72, 60, 104, 8},
	"tailgate":                 {30, 180, 60, 46, 10},
}

// svg is an element in the SVG namespace. go-app sets a class through
// className, which SVG elements do not take: they are styled by attribute.
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// panelKind is the area's kind recorded on a catalogue panel (the dent),
// nil when the area has none.
func panelKind(a *standards.Area) *standards.Kind {
	panels := standards.Contents().Panels
	for _, k := range a.Kinds {
		for _, fl := range k.Fields {
			if fl.Name == "location" && len(fl.Suggestions) == len(panels) && fl.Suggestions[0].Label == panels[0].Label {
				return k
			}
		}
	}
	return nil
}

// renderOutline is, in an area with a kind recorded on a panel, the car from above, one shape per panel, high-profile
// panels marked; tapping one picks it and lists its findings, with Add for
// a dent on it. The list of the area stays the way for screen readers and
// keyboards too; the shapes are buttons as well.
func (c *checkScreen) renderOutline(a *standards.Area) app.UI {
	k := panelKind(a)
	if k == nil {
		return nil
	}
	panels := standards.Contents().Panels
	var picked app.UI
	for i := range panels {
		if panels[i].ID == c.panel {
			picked = c.renderPicked(a, k, &panels[i])
		}
	}
	return app.Div().Class("outline no-print").Body(
		app.P().ID("outline-help").Class("field-hint outline-help").Text("Tap a panel on the car to see its dents and add one. Panels with a dashed edge are high-profile: the standards accept no dents there."),
		app.Div().Class("outline-car").Body(
			svg("svg").Attr("viewBox", strings.Join([]string{itoa(0), itoa(0), itoa(outlineWidth), itoa(outlineHeight)}, " ")).Attr("role", "group").Aria("label", "The car from above, front at the top").Body(
				svg("rect").Attr("x", 22).Attr("y", 6).Attr("width", 76).Attr("height", 226).Attr("rx", 26).Attr("data-part", "body"),
				svg("rect").Attr("x", 32).Attr("y", 62).Attr("width", 56).Attr("height", 9).Attr("rx", 3).Attr("data-part", "glass"),
				app.Range(panels).Slice(func(i int) app.UI {
					p := panels[i]
					s := panelShapes[p.ID]
					label := p.Label
					if p.HighProfile {
						label += ", high-profile"
					}
					if n := len(c.dentsOn(a.ID, p.Label)); n > 0 {
						label += ", " + standards.Plural(n, "finding")
					}
					pick := handle(func(ctx app.Context, e app.Event) {
						if e.Get("type").String() == "keydown" {
							if key := e.Get("key").String(); key != "Enter" && key != " " {
								return
							}
							e.PreventDefault()
						}
						c.panel = p.ID
						c.later(ctx, func(app.Context) { focus("outline-picked") })
					}, p.ID)
					return svg("rect").Attr("x", s.x).Attr("y", s.y).Attr("width", s.w).Attr("height", s.h).Attr("rx", s.r).
						Attr("data-panel", p.ID).Attr("data-high", p.HighProfile).Attr("data-found", len(c.dentsOn(a.ID, p.Label)) > 0).
						Attr("role", "button").TabIndex(0).Aria("label", label).Aria("pressed", p.ID == c.panel).
						OnClick(pick.args()).OnKeyDown(pick.args())
				}),
			),
		),
		picked,
	)
}

// dentsOn are the findings of area recorded on the panel labelled label.
func (c *checkScreen) dentsOn(area, label string) []int {
	var out []int
	for _, i := range c.st.byArea[area] {
		if strings.EqualFold(strings.TrimSpace(c.st.file.Findings[i].Location), label) {
			out = append(out, i)
		}
	}
	return out
}

// renderPicked is the panel picked: what the standards say of it, its
// findings, and Add with the panel filled in.
func (c *checkScreen) renderPicked(a *standards.Area, k *standards.Kind, p *standards.Panel) app.UI {
	found := c.dentsOn(a.ID, p.Label)
	answer, _ := standards.PanelAnswer(p.Label)
	label, kind := p.Label, k.ID
	return app.Div().ID("outline-picked").TabIndex(-1).Class("outline-picked").Aria("live", "polite").Body(
		app.H4().Text(p.Label),
		app.P().Text(answer),
		app.If(len(found) == 0, app.P().Class("check-none").Text("Nothing recorded on this panel.")),
		app.If(len(found) > 0, app.P().Text("On this panel: "+standards.Plural(len(found), "finding")+", listed below.")),
		app.Button().Class("button").Text("Add a "+strings.ToLower(k.Label)+" on the "+strings.ToLower(p.Label)).
			OnClick(handle(func(ctx app.Context, e app.Event) {
				c.addFinding(ctx, kind)
				c.change(findingPath(c.editing)+".location", label)
			}, label, kind).args()),
	)
}
