package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// exportName is the file name of an exported check, named as the PDF is:
// smart-selfcheck-AB19CDE-2026-11-21.json.
func exportName(f *standards.File, now time.Time) string {
	return strings.TrimSuffix(pdfFileName(f.Vehicle.RegistrationNumber, date.FromTime(now)), ".pdf") + ".json"
}

// download offers text to the driver as a file.
func download(name, mime, text string) {
	saveBlob(app.Window().Get("Blob").New([]any{text}, map[string]any{"type": mime}), name)
}

// readImport parses an imported file. It fails, naming the problem, when
// the file cannot be read as a self-check; the problems the driver can
// correct on screen (a size out of range, text where a number belongs) come
// back with the file, to be shown beside their fields.
func readImport(text string) (*standards.File, []*standards.Problem, error) {
	f, problems := standards.Parse([]byte(text))
	if f == nil {
		return nil, nil, problems[0]
	}
	return f, problems, nil
}

// onImport reads the file the driver chose.
func (c *checkScreen) onImport(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	files := in.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	in.Set("value", "") // choosing the same file again reads it again
	c.ph.imported = nil
	if strings.HasSuffix(strings.ToLower(name), ".zip") {
		c.importArchive(ctx, file, name)
		return
	}
	if p := standards.SizeProblem(file.Get("size").Int()); p != nil {
		c.importProblem = importFailed(name, p) // refused before it is read
		return
	}
	file.Call("text").Then(func(v app.Value) {
		text := v.String()
		ctx.Dispatch(rescued(func(ctx app.Context) { c.importText(ctx, name, text) }))
	})
}

// importText checks an imported file and, when it is readable, asks before
// it replaces the check on the device.
func (c *checkScreen) importText(ctx app.Context, name, text string) {
	c.pendingImport, c.importProblem = nil, ""
	f, problems, err := readImport(text)
	if err != nil {
		c.importProblem = importFailed(name, err)
		c.status = c.importProblem
		return
	}
	c.offerImport(ctx, f, problems, name)
}

// offerImport replaces a blank check at once, else asks first.
func (c *checkScreen) offerImport(ctx app.Context, f *standards.File, problems []*standards.Problem, name string) {
	if blank(c.st.file) {
		c.replaceWith(f, problems, "Check imported from "+name+".")
		return
	}
	c.pendingImport, c.importRead, c.importName = f, problems, name
	c.status = "Replace your check with " + name + "?"
	c.focusLater(ctx, "confirm-import")
}

// blank is true for a check with nothing entered, which an import may
// replace without asking.
func blank(f *standards.File) bool {
	v := &f.Vehicle
	return len(f.Findings) == 0 && len(f.Items) == 0 && len(f.AreasChecked) == 0 &&
		v.Model == "" && v.Powertrain == 0 && v.RegistrationNumber == "" && v.FirstRegistered.IsZero() &&
		v.Agreement == 0 && v.AgreementEnds.IsZero()
}

// readHandover offers a check handed over in the link from a retailer's
// kiosk, then takes it out of the address so a reload does not offer it
// again. The worker unpacks it.
func (c *checkScreen) readHandover(ctx app.Context) {
	u := ctx.Page().URL()
	if !strings.HasPrefix(u.Fragment, workerapi.HandoverPrefix) {
		return
	}
	fragment := u.Fragment
	clean := *u
	clean.Fragment = ""
	app.Window().Get("history").Call("replaceState", nil, "", clean.String())
	askWorker(workerapi.Request{Kind: workerapi.Unpack, Fragment: fragment}, func(reply workerapi.Reply, _ app.Value, err error) {
		ctx.Dispatch(rescued(func(ctx app.Context) {
			var f *standards.File
			var problems []*standards.Problem
			if err == nil {
				f, problems, err = readImport(reply.File)
			}
			if err != nil {
				c.linkProblem = "The check from the kiosk was not imported, and nothing changed: " + fileProblemText(err)
				return
			}
			c.offerImport(ctx, f, problems, "the check from the kiosk")
		}))
	})
}

// replaceWith makes f, read with these problems, the check, saved at once.
func (c *checkScreen) replaceWith(f *standards.File, problems []*standards.Problem, status string) {
	c.st = newCheckState(f, nil, c.today())
	c.st.readWith(problems, c.today())
	c.others = map[string]bool{}
	c.editing, c.undo, c.pendingImport, c.importRead, c.confirmNew, c.importProblem, c.linkProblem = -1, nil, nil, nil, false, "", ""
	c.keepImported()
	c.save()
	c.status = status
}

func (c *checkScreen) renderNotices() app.UI {
	return classDiv("check-notices",
		c.renderUnreadable(),
		app.If(len(c.st.elsewhere) > 0, app.Div().Class("notice notice-warn").Aria("role", "alert").Body(
			textP("Some of this check needs correcting where there is no field for it:"),
			ul(app.Range(c.st.elsewhere).Slice(func(i int) app.UI { return textLi(c.st.elsewhere[i]) })),
		)),
		c.renderConfirmImport(),
		app.If(c.linkProblem != "", app.P().Class("notice notice-bad").Aria("role", "alert").Text(c.linkProblem)),
		app.If(c.saveProblem != "", app.Div().Class("notice notice-bad").Aria("role", "alert").Body(
			textP("Not saved: "+c.saveProblem),
			textP("Export the check to keep a copy: Summary, then Export."),
		)),
	)
}

func (c *checkScreen) renderUnreadable() app.UI {
	if !c.keptCopy {
		return nil
	}
	why := "A check saved earlier on this device could not be read, so it is kept aside."
	switch {
	case c.inPlace:
		why = "Your saved check could not be read (" + c.unreadable + "), so a new one has started. The old copy stays on this device, but there is no room to set it aside, so your new answers are not saved yet: download the old copy to keep it, then delete it here."
	case c.unreadable != "":
		why = "Your saved check could not be read (" + c.unreadable + "), so a new one has started. The old copy is kept aside."
	}
	return app.Div().Class("notice notice-warn no-print").Aria("role", "alert").Body(
		textP(why),
		classDiv("notice-actions",
			app.Button().Class("button").Text("Download the old copy").OnClick(handle(func(ctx app.Context, e app.Event) {
				if text, ok := unreadableCopy(c.store, c.inPlace); ok {
					download("smart-selfcheck-unreadable-"+c.now().Format("2006-01-02")+".json", "application/json", text)
				}
			}).args()),
			app.Button().Class("button button-secondary").Text("Delete the old copy").OnClick(handle(func(ctx app.Context, e app.Event) {
				c.deleteOldCopy()
			}).args()),
		),
	)
}

// deleteOldCopy deletes the unreadable check; the check being filled in is
// saved at once when the old one was in its place.
func (c *checkScreen) deleteOldCopy() {
	discardUnreadableCopy(c.store, c.inPlace)
	wasInPlace := c.inPlace
	c.keptCopy, c.unreadable, c.inPlace = false, "", false
	c.status = "Old copy deleted."
	if wasInPlace {
		c.save()
	}
}

// renderKeep exports, imports, prints and starts again.
func (c *checkScreen) renderKeep() app.UI {
	return app.Elem("section").Class("check-keep no-print").Aria("labelledby", "keep-heading").Body(
		app.H3().ID("keep-heading").Text("Keep or move this check"),
		classP("field-hint", "Your answers stay on this device. Export a file to keep a copy or to open it on another device."),
		classDiv("keep-actions",
			app.Button().ID("export").Class("button").Text("Export the check").OnClick(handle(func(ctx app.Context, e app.Event) {
				b, err := c.st.file.Encode()
				if err != nil {
					c.status = problemText(err)
					return
				}
				if len(c.st.file.PhotoNames()) > 0 {
					c.exportArchive(ctx, b)
					return
				}
				name := exportName(c.st.file, c.now())
				download(name, "application/json", string(b))
				c.status = "Exported as " + name + "."
			}).args()),
			app.Button().Class("button button-secondary").Text("Print the summary").OnClick(handle(func(ctx app.Context, e app.Event) {
				app.Window().Call("print")
			}).args()),
		),
		classDiv("field",
			app.Label().For("import").Class("field-label").Text("Import a check from a file"),
			app.Input().Type("file").ID("import").Class("control control-file").
				Accept(".json,application/json,.zip,application/zip").Aria("describedby", "import-problem").OnChange(handle(c.onImport).args()),
		),
		app.If(c.importProblem != "", app.P().ID("import-problem").Class("field-problem").Text(c.importProblem)),
		app.If(!c.confirmNew, app.Button().Class("button button-danger").Text("Start a new check").
			OnClick(handle(func(ctx app.Context, e app.Event) {
				c.confirmNew = true
				c.focusLater(ctx, "confirm-new")
			}).args())).
			Else(c.renderConfirmNew()),
	)
}

func (c *checkScreen) renderConfirmImport() app.UI {
	f := c.pendingImport
	if f == nil {
		return nil
	}
	what := standards.Plural(len(f.Findings), "finding")
	if reg := f.Vehicle.Registration(); reg != "" {
		what = reg + ", " + what
	}
	return app.Div().Class("notice notice-warn").Aria("role", "alertdialog").Aria("labelledby", "confirm-import-text").Body(
		app.P().ID("confirm-import-text").Text("Replace the check on this device ("+standards.Plural(len(c.st.file.Findings), "finding")+
			") with "+c.importName+" ("+what+")?"),
		classDiv("notice-actions",
			app.Button().ID("confirm-import").Class("button").Text("Replace my check").OnClick(handle(func(ctx app.Context, e app.Event) {
				c.replaceWith(c.pendingImport, c.importRead, "Check imported.")
			}).args()),
			app.Button().Class("button button-secondary").Text("Cancel").OnClick(handle(func(ctx app.Context, e app.Event) {
				c.pendingImport = nil
				c.status = "Nothing changed."
			}).args()),
		),
	)
}

func (c *checkScreen) renderConfirmNew() app.UI {
	return app.Div().Class("notice notice-warn").Aria("role", "alertdialog").Aria("labelledby", "confirm-new-text").Body(
		app.P().ID("confirm-new-text").Text("Start again? This deletes the car details, "+
			standards.Plural(len(c.st.file.Findings), "finding")+" and ticked items on this device. Export the check first to keep a copy."),
		classDiv("notice-actions",
			app.Button().ID("confirm-new").Class("button button-danger").Text("Delete and start again").OnClick(handle(func(ctx app.Context, e app.Event) {
				c.replaceWith(&standards.File{}, nil, "A new check has started.")
				saveDrafts(c.store, nil)
				c.later(ctx, func(ctx app.Context) { ctx.Navigate(stepURL(stepCar)) })
			}).args()),
			app.Button().Class("button button-secondary").Text("Keep my check").OnClick(handle(func(ctx app.Context, e app.Event) {
				c.confirmNew = false
				c.status = "Nothing changed."
			}).args()),
		),
	)
}

// importFailed says why a file was not imported.
func importFailed(name string, err error) string {
	return name + " was not imported, and nothing changed: " + fileProblemText(err)
}
