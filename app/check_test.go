package app

import (
	"html"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// clock is the check's day in these tests.
var clock = func() time.Time { return time.Date(2025, 11, 21, 9, 30, 0, 0, time.UTC) }

// screen mounts the check screen over s with go-app's client tester, at step.
func screen(t *testing.T, s store, step string) (*checkScreen, app.ClientDispatcher) {
	t.Helper()
	c := newCheckScreen().Store(s).Clock(clock)
	d := app.NewClientTester(c)
	t.Cleanup(d.Close)
	u, _ := url.Parse("/check?step=" + step)
	d.Nav(u)
	d.Consume()
	return c, d
}

// do runs fn as an event handler would, then renders.
func do(d app.ClientDispatcher, c *checkScreen, fn func(ctx app.Context)) {
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: c, Function: fn})
	d.Consume()
}

// html is the screen as rendered.
func rendered(c *checkScreen) string { return app.HTMLString(c) }

func TestCheckStartsWithTheCar(t *testing.T) {
	c, _ := screen(t, newMemStore(), "")
	assert.Equal(t, stepCar, c.step, "clause: vehicle details first")
	out := rendered(c)
	assert.Contains(t, out, "Powertrain (required)")
	assert.Contains(t, out, "First registered (required)")
	assert.Contains(t, out, `type="date"`)
	assert.Contains(t, out, "Enter the first registration date")
}

func TestCheckCarDetailsChangeWhatTheStandardsSay(t *testing.T) {
	for _, tc := range []struct {
		clause, powertrain, registered, ends string
		want, not                            []string
	}{
		{"dents: up to two years at return allows 2", "petrol", "2024-06-01", "2026-05-31",
			[]string{"up to two years old at the return date, so up to 2 small dents", "no MOT certificate is needed", "No charging cables to check"},
			[]string{"Charging cables"}},
		{"dents: over two years allows 4; MOT over three years", "electric", "2019-03-14", "2026-03-31",
			[]string{"over two years old at the return date, so up to 4 small dents", "an MOT with six months left is needed", "charging cables are checked"},
			nil},
		{"no end date: today is the return date", "diesel", "2024-06-01", "",
			[]string{"Return date: today, 21 November 2025"}, nil},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			s := newMemStore()
			c, d := screen(t, s, stepCar)
			do(d, c, func(app.Context) {
				c.change("vehicle.powertrain", tc.powertrain)
				c.change("vehicle.firstRegistered", tc.registered)
				c.change("vehicle.agreementEnds", tc.ends)
			})
			out := rendered(c)
			for _, w := range tc.want {
				assert.Contains(t, out, w, tc.clause)
			}
			areas := ""
			for _, a := range c.st.report.Areas {
				areas += a.Label + ";"
			}
			for _, n := range tc.not {
				assert.NotContains(t, areas, n, tc.clause)
			}
			assert.Contains(t, s.items[keyCheck], `"powertrain": "`+tc.powertrain+`"`, "%s: saved as typed", tc.clause)
		})
	}
}

func TestCheckMistakesAreShownAndKept(t *testing.T) {
	for _, tc := range []struct {
		clause, step, path, text, problem string
	}{
		{"a letter in a size", "body", "findings[0].sizeMm", "1O", "Must be a number, such as 12 or 4.5"},
		{"a size out of range", "body", "findings[0].sizeMm", "2000", "Must be between 0 and 1000"},
		{"an end date before registration", stepCar, "vehicle.agreementEnds", "2018-01-01", "Must not be before the car was first registered, on 14 March 2019"},
		{"a mileage in words", stepCar, "vehicle.mileage", "lots", "Must be a number"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			s := newMemStore()
			c, d := screen(t, s, tc.step)
			do(d, c, func(ctx app.Context) {
				c.change("vehicle.powertrain", "petrol")
				c.change("vehicle.firstRegistered", "2019-03-14")
				c.addFinding(ctx, "body.dent")
				c.change(tc.path, tc.text)
			})
			assert.Contains(t, c.st.problems[tc.path], tc.problem, tc.clause)
			assert.Equal(t, tc.text, c.st.value(tc.path), "%s: what was typed stays", tc.clause)
			assert.Empty(t, c.st.file.Problems(), "%s: the file holds only valid values", tc.clause)
			assert.Contains(t, rendered(c), tc.problem, tc.clause)

			// A reload shows the mistake again.
			again, _ := screen(t, s, tc.step)
			assert.Equal(t, tc.text, again.st.value(tc.path), "%s: kept over a reload", tc.clause)
			assert.Contains(t, again.st.problems[tc.path], tc.problem, tc.clause)
		})
	}
}

func TestCheckEndDateIsTakenOnceRegistrationAllowsIt(t *testing.T) {
	c, d := screen(t, newMemStore(), stepCar)
	do(d, c, func(app.Context) {
		c.change("vehicle.firstRegistered", "2019-03-14")
		c.change("vehicle.agreementEnds", "2018-01-01")
	})
	assert.True(t, c.st.file.Vehicle.AgreementEnds.IsZero())
	do(d, c, func(app.Context) { c.change("vehicle.firstRegistered", "2017-01-01") })
	assert.Equal(t, "2018-01-01", c.st.file.Vehicle.AgreementEnds.String(), "the typed end date is retried")
	assert.Empty(t, c.st.problems)
}

func TestCheckFindingsShowTheirVerdictAtOnce(t *testing.T) {
	for _, tc := range []struct {
		clause string
		kind   string
		values map[string]string
		want   standards.Verdict
		reason string
	}{
		{"dent less than 13 mm, not on a swage line, ordinary panel", "body.dent",
			map[string]string{"location": "Left door", "sizeMm": "10", "onSwageLineOrEdge": standards.No}, standards.Acceptable, "Less than 13 mm"},
		{"dent on a high-profile panel", "body.dent",
			map[string]string{"location": "Bonnet", "sizeMm": "8", "onSwageLineOrEdge": standards.No}, standards.NotAcceptable, "high-profile panel"},
		{"windscreen chip of exactly 5 mm", "glass.windscreen-chip",
			map[string]string{"sizeMm": "5", "inDriversView": standards.No, "cracking": standards.No}, standards.Borderline, "Exactly 5 mm"},
		{"tyre under 1.6 mm", "wheels.tyre",
			map[string]string{"position": "front-left", "treadMm": "1.2"}, standards.NotAcceptable, "Less than 1.6 mm"},
		{"interior burn", "interior.burn", map[string]string{"location": "driver seat"}, standards.NotAcceptable, "likely to be charged"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			k, _ := standards.KindByID(tc.kind)
			c, d := screen(t, newMemStore(), k.Area)
			do(d, c, func(ctx app.Context) {
				c.change("vehicle.powertrain", "petrol")
				c.change("vehicle.firstRegistered", "2019-03-14")
				c.addFinding(ctx, tc.kind)
				for name, v := range tc.values {
					c.change("findings[0]."+name, v)
				}
			})
			r := c.st.report.Findings[0]
			assert.Equal(t, tc.want, r.Verdict, tc.clause)
			out := rendered(c)
			assert.Contains(t, out, standards.VerdictText(tc.want), "%s: the verdict in words", tc.clause)
			assert.Contains(t, out, standards.VerdictSymbol(tc.want), "%s: and a symbol", tc.clause)
			assert.Contains(t, out, tc.reason, tc.clause)
			assert.Contains(t, out, html.EscapeString(r.Source), "%s: the source is quoted", tc.clause)
		})
	}
}

func TestCheckFormsAreBuiltFromTheCatalogue(t *testing.T) {
	c, d := screen(t, newMemStore(), "body")
	do(d, c, func(ctx app.Context) { c.addFinding(ctx, "body.dent") })
	out := rendered(c)
	for _, p := range standards.Contents().Panels {
		assert.Contains(t, out, ">"+p.Label+"</option>", "the dent's panel is picked from the car's panels")
	}
	assert.Contains(t, out, "Size, longest way across")
	assert.Contains(t, out, "On a swage line")
}

func TestCheckUncheckedAreaNeverShowsAsPassed(t *testing.T) {
	c, d := screen(t, newMemStore(), "glass")
	assert.Contains(t, rendered(c), "Not checked yet")
	assert.NotContains(t, rendered(c), "Checked: nothing found")
	do(d, c, func(app.Context) { c.st.setAreaChecked("glass", true, c.today()); c.save() })
	assert.Contains(t, rendered(c), "Checked: nothing found")
	assert.Equal(t, 1, c.st.checked)
	do(d, c, func(app.Context) { c.st.setAreaChecked("glass", false, c.today()) })
	assert.Equal(t, 0, c.st.checked)
}

func TestCheckRemoveRenumbersAndUndoPutsBack(t *testing.T) {
	c, d := screen(t, newMemStore(), "body")
	do(d, c, func(ctx app.Context) {
		c.addFinding(ctx, "body.dent")
		c.addFinding(ctx, "body.light-scratch")
		c.addFinding(ctx, "body.dent")
		c.change("findings[0].sizeMm", "x")
		c.change("findings[2].sizeMm", "y")
	})
	do(d, c, func(app.Context) { c.removeFinding(0) })
	require.Len(t, c.st.file.Findings, 2)
	assert.Equal(t, "y", c.st.value("findings[1].sizeMm"), "typed text moves with its finding")
	assert.Contains(t, rendered(c), "Undo")
	do(d, c, func(app.Context) { c.st.restore(*c.undo, c.today()) })
	require.Len(t, c.st.file.Findings, 3)
	assert.Equal(t, "x", c.st.value("findings[0].sizeMm"))
	assert.Equal(t, "y", c.st.value("findings[2].sizeMm"))
}

func TestCheckSummaryTimelineAndItems(t *testing.T) {
	s := newMemStore()
	c, d := screen(t, s, stepSummary)
	do(d, c, func(ctx app.Context) {
		c.change("vehicle.powertrain", "electric")
		c.change("vehicle.firstRegistered", "2019-03-14")
		c.change("vehicle.agreementEnds", "2026-03-31")
		c.change("vehicle.cherishedPlate", standards.Yes)
		c.st.setItem("v5c", true, c.today())
	})
	out := rendered(c)
	assert.Contains(t, out, "0 of 11 areas checked")
	assert.Contains(t, out, `<time datetime="2026-01-06">6 January 2026</time>`, "cherished plate 12 weeks before the end")
	assert.Contains(t, out, "1 of 10 items ready")
	assert.Contains(t, out, "Export the check")
	assert.Less(t, strings.Index(out, "6 January 2026"), strings.Index(out, "31 March 2026</time>"), "timeline in date order")
}

func TestCheckSummarySaysWhichCarDetailsAreMissing(t *testing.T) {
	for _, tc := range []struct {
		clause, powertrain, registered string
		says, href                     string
	}{
		{"both missing: the age and the charging cables", "", "", "powertrain and first registration date are missing", "field=vehicle-powertrain"},
		{"no first registration: dents as for a car up to two years old", "electric", "", "first registration date is missing, so the verdicts assume a car up to two years old", "field=vehicle-firstRegistered"},
		{"no powertrain: charging cables go back with electric cars only", "", "2019-03-14", "powertrain is missing, so the items leave out an electric car's charging cables", "field=vehicle-powertrain"},
		{"both given: nothing said", "petrol", "2019-03-14", "", ""},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			c, d := screen(t, newMemStore(), stepSummary)
			do(d, c, func(ctx app.Context) {
				c.change("vehicle.powertrain", tc.powertrain)
				c.change("vehicle.firstRegistered", tc.registered)
			})
			out := html.UnescapeString(rendered(c))
			if tc.says == "" {
				assert.NotContains(t, out, "is missing")
				assert.NotContains(t, out, "are missing")
				return
			}
			_, notice, ok := strings.Cut(out, `<p class="notice notice-warn">`)
			require.True(t, ok, "a notice")
			notice, _, _ = strings.Cut(notice, "</p>")
			assert.Contains(t, notice, tc.says)
			assert.Contains(t, notice, tc.href)
		})
	}
}

func TestCheckSummaryChangeLinksGoToTheField(t *testing.T) {
	c, d := screen(t, newMemStore(), stepSummary)
	do(d, c, func(ctx app.Context) {
		c.change("vehicle.model", "smart #1")
		c.change("vehicle.registrationNumber", "xy70 abc")
	})
	out := html.UnescapeString(rendered(c))
	for _, tc := range []struct{ clause, key, value, href string }{
		{"check your answers: the model", "Model", "smart #1", "/check?step=car&field=vehicle-model"},
		{"check your answers: the registration, as shown", "Registration number", "XY70 ABC", "/check?step=car&field=vehicle-registrationNumber"},
		{"check your answers: the return date", "When the car goes back", "Return date: today", "/check?step=car&field=vehicle-agreementEnds"},
	} {
		_, row, _ := strings.Cut(out, `<dt class="summary-key">`+tc.key+`</dt>`)
		row, _, _ = strings.Cut(row, "</div>")
		assert.Contains(t, row, `<dd class="summary-value">`+tc.value, tc.clause)
		assert.Contains(t, row, `href="`+tc.href+`"`, tc.clause)
	}
}

func TestCheckImportFailsWithoutChangingAnything(t *testing.T) {
	s := newMemStore()
	c, d := screen(t, s, stepSummary)
	do(d, c, func(app.Context) { c.change("vehicle.model", "smart #3") })
	before := s.items[keyCheck]
	for _, tc := range []struct{ clause, text, want string }{
		{"not JSON", "hello", "Not valid JSON at line 1"},
		{"a future version", `{"format":"smart-selfcheck","version":2,"vehicle":{}}`, "unsupported version 2"},
		{"limits: file size", `{"format":"smart-selfcheck","version":1,"vehicle":{},"findings":[` + strings.Repeat(`{"kind":"body.dent"},`, 87000) + `{}]}`,
			"The file is larger than 1 MB"},
		{"limits: findings", `{"format":"smart-selfcheck","version":1,"vehicle":{},"findings":[` + strings.Repeat(`{},`, 600) + `{}]}`,
			"findings: 601 findings are more than any car has: at most 500"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			do(d, c, func(ctx app.Context) { c.importText(ctx, "x.json", tc.text) })
			assert.Contains(t, c.importProblem, tc.want)
			assert.Nil(t, c.pendingImport)
			assert.Equal(t, before, s.items[keyCheck], "nothing changed")
			assert.Equal(t, "smart #3", c.st.file.Vehicle.Model)
		})
	}
	do(d, c, func(ctx app.Context) {
		c.importText(ctx, "good.json", `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart #1","powertrain":"electric","firstRegistered":"2023-01-01"}}`)
	})
	require.NotNil(t, c.pendingImport, "a good file waits for the driver to confirm")
	assert.Equal(t, before, s.items[keyCheck])
	do(d, c, func(app.Context) { c.replaceWith(c.pendingImport, c.importRead, "imported") })
	assert.Equal(t, "smart #1", c.st.file.Vehicle.Model)
	assert.Contains(t, s.items[keyCheck], "smart #1")
}

// Issue 12: every reader of a file takes its correctable problems the same
// way (standards.Parse's kinds): the import, the handover link and the
// device's storage show a value the file could not hold beside its field,
// as it was, and say a problem no field shows in a notice. Before, the
// import refused the file and storage dropped the value without a word.
func TestCheckReadersShowTheProblemsToCorrect(t *testing.T) {
	const file = `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14","mileage":"lots"},
		"items":{"v5c":"yes"},"findings":[{"kind":"body.dent","location":"Left door","sizeMm":"big"}]}`
	check := func(t *testing.T, c *checkScreen) {
		t.Helper()
		for _, tc := range []struct{ path, text, problem string }{
			{"findings[0].sizeMm", "big", `Must be a number, such as 12 or 4.5, not "big"`},
			{"vehicle.mileage", "lots", `Must be a number, such as 12 or 4.5, not "lots"`},
		} {
			assert.Equal(t, tc.text, c.st.value(tc.path), "%s: as the file had it", tc.path)
			assert.Equal(t, tc.problem, c.st.problems[tc.path], tc.path)
		}
		assert.Equal(t, "Left door", c.st.file.Findings[0].Location, "the rest of the file is read")
		require.Len(t, c.st.elsewhere, 1)
		assert.Equal(t, "items, v5c: must be true or false (left out)", c.st.elsewhere[0], "no field shows it: a notice does")
		assert.Contains(t, rendered(c), "items, v5c: must be true or false")
	}
	for _, tc := range []struct {
		clause string
		read   func(t *testing.T) *checkScreen
	}{
		{"import", func(t *testing.T) *checkScreen {
			c, d := screen(t, newMemStore(), stepSummary)
			do(d, c, func(ctx app.Context) { c.importText(ctx, "x.json", file) })
			require.Empty(t, c.importProblem)
			return c
		}},
		{"device storage", func(t *testing.T) *checkScreen {
			s := newMemStore()
			s.items[keyCheck] = file
			c, _ := screen(t, s, stepSummary)
			assert.Empty(t, c.unreadable)
			return c
		}},
	} {
		t.Run(tc.clause, func(t *testing.T) { check(t, tc.read(t)) })
	}
}

func TestCheckUnreadableStorageStartsEmptyAndOffersTheCopy(t *testing.T) {
	s := newMemStore()
	s.items[keyCheck] = `{"format":"smart-selfcheck","vers`
	c, _ := screen(t, s, "")
	out := rendered(c)
	assert.Contains(t, out, "Your saved check could not be read")
	assert.Contains(t, out, "Download the old copy")
	assert.Empty(t, c.st.file.Findings)
}

// With no room to copy an unreadable check aside, it stays, the driver is
// told, and nothing is saved over it until they delete it.
func TestCheckUnreadableCheckInAFullStorageIsNeverSavedOver(t *testing.T) {
	s := newMemStore()
	big := strings.Repeat("X", 3_000_000)
	s.items[keyCheck] = big
	s.full = true
	c, d := screen(t, s, "")
	out := rendered(c)
	assert.Contains(t, out, "there is no room to set it aside")
	assert.Contains(t, out, "Download the old copy")
	assert.NotContains(t, out, "Saved on this device", "nothing is saved yet")
	do(d, c, func(app.Context) { c.change("vehicle.model", "smart #3") })
	assert.Equal(t, big, s.items[keyCheck], "not saved over")
	out = rendered(c)
	assert.Contains(t, out, "Not saved: The check that could not be read fills this device")
	assert.NotContains(t, out, "Saved on this device", "nothing claims it was saved")
	assert.NotContains(t, out, "Last saved")

	s.full = false
	do(d, c, func(app.Context) { c.deleteOldCopy() })
	assert.Contains(t, s.items[keyCheck], "smart #3", "saved once the old copy is gone")
}

// When the storage is full, the only word about saving is that it failed.
func TestCheckFullStorageNeverClaimsSaved(t *testing.T) {
	s := newMemStore()
	c, d := screen(t, s, "")
	s.full = true
	do(d, c, func(app.Context) { c.change("vehicle.model", "smart #3") })
	out := rendered(c)
	assert.Contains(t, out, "Not saved: Saving selfcheck.v1: the browser refused (QuotaExceededError)")
	assert.NotContains(t, out, "Saved on this device")
	assert.NotContains(t, out, "Last saved")
}

func TestExportName(t *testing.T) {
	now := time.Date(2026, 11, 21, 23, 0, 0, 0, time.UTC)
	f := &standards.File{Vehicle: standards.Vehicle{RegistrationNumber: "ab19 cde"}}
	assert.Equal(t, "smart-selfcheck-AB19CDE-2026-11-21.json", exportName(f, now))
	assert.Equal(t, "smart-selfcheck-2026-11-21.json", exportName(&standards.File{}, now))
}

func TestCountFindings(t *testing.T) {
	assert.Equal(t, "The front-left tyre is already recorded at finding 3",
		problemText(&field.Error{Path: "findings[4].position", Problem: "the front-left tyre is already recorded at findings[2]"}))
}

// A stored value that a new answer rules out leaves the file for its
// input, shown with its problem, and comes back once it is allowed again:
// the stored file never holds what the standards reject.
func TestCheckAValueRuledOutByAnotherIsKeptAside(t *testing.T) {
	s := newMemStore()
	s.items[keyCheck] = `{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"}}`
	c, d := screen(t, s, stepCar)
	do(d, c, func(app.Context) { c.change("vehicle.agreement", "lease-and-care") })
	assert.Equal(t, "petrol", c.st.value("vehicle.powertrain"), "what the driver gave stays on screen")
	assert.Contains(t, c.st.problems["vehicle.powertrain"], "so the powertrain must be electric")
	for _, p := range c.st.file.Problems() {
		assert.Equal(t, standards.Missing, p.Kind, "the file holds only what the standards accept: %v", p)
	}
	_, problems := standards.Parse([]byte(s.items[keyCheck]))
	for _, p := range problems {
		assert.Equal(t, standards.Missing, p.Kind, "and so does the stored check: %v", p)
	}
	do(d, c, func(app.Context) { c.change("vehicle.agreement", "contract-hire") })
	assert.Equal(t, standards.Petrol, c.st.file.Vehicle.Powertrain, "allowed again, it is back in the file")
	assert.Empty(t, c.st.problems)
}
