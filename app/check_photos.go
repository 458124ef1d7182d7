package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/photo"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// photoState is what the check screen knows of the photos on the device.
// Records are IndexedDB's (app/photos_store.go); the worker resizes each.
type photoState struct {
	records map[string]app.Value // by file name
	thumbs  map[string]string    // thumbnail URLs by file name
	used    int                  // bytes the photos take on the device
	busy    int                  // photos being resized and kept
	problem string               // the last photo that was not kept, in words
	viewing string               // the photo shown full screen
	viewURL string
	confirm bool          // deleting the photo shown is being asked
	undo    *deletedPhoto // the photo just deleted, to put back

	imported app.Value   // the photos of the archive offered as an import
	ctx      app.Context // the screen's, for storing them
}

// deletedPhoto is a photo taken off a finding, kept in memory for undo.
type deletedPhoto struct {
	finding, at int
	rec         app.Value
}

// loadPhotos reads the photos kept, for their thumbnails.
func (c *checkScreen) loadPhotos(ctx app.Context) {
	c.ph.records, c.ph.thumbs = map[string]app.Value{}, map[string]string{}
	allPhotos(func(records app.Value, err error) {
		ctx.Dispatch(rescued(func(ctx app.Context) {
			if err != nil {
				c.ph.problem = "The photos on this device could not be read: " + err.Error() + "."
				return
			}
			for i := 0; i < records.Length(); i++ {
				c.ph.remember(records.Index(i))
			}
		}))
	})
}

func (p *photoState) remember(rec app.Value) {
	name := rec.Get("name").String()
	p.records[name] = rec
	p.thumbs[name] = blobURL(rec.Get("thumb"))
	p.used += rec.Get("jpeg").Get("size").Int() + rec.Get("thumb").Get("size").Int()
}

func (p *photoState) forget(name string) {
	if rec, ok := p.records[name]; ok {
		p.used -= rec.Get("jpeg").Get("size").Int() + rec.Get("thumb").Get("size").Int()
		app.Window().Get("URL").Call("revokeObjectURL", p.thumbs[name])
	}
	delete(p.records, name)
	delete(p.thumbs, name)
}

// findingName is how a message names finding i: "Dent, left door".
func (c *checkScreen) findingName(i int) string {
	r := &c.st.report.Findings[i]
	name := r.Label
	if name == "" {
		name = r.Kind
	}
	if r.Location != "" {
		name += ", " + r.Location
	}
	return name
}

// onPhoto takes the photo picked for finding i to the worker to resize,
// then keeps it and names it on the finding.
func (c *checkScreen) onPhoto(i int) handler {
	return handle(func(ctx app.Context, e app.Event) {
		input := ctx.JSSrc()
		if input.Get("files").Length() == 0 {
			return
		}
		file := input.Get("files").Index(0)
		input.Set("value", "")
		kind, what := c.st.file.Findings[i].Kind, c.findingName(i)
		c.ph.busy++
		c.ph.problem = ""
		_, zone := c.now().Zone()
		req := workerRequest{Kind: "photo", Added: c.now().UTC().Format(time.RFC3339), Zone: zone / 60}
		file.Call("arrayBuffer").Then(func(buf app.Value) {
			askWorkerWith(req, app.Window().Get("Uint8Array").New(buf), nil, func(reply app.Value, err error) {
				ctx.Dispatch(rescued(func(ctx app.Context) {
					if err != nil {
						c.ph.busy--
						c.ph.problem = "The photo for " + what + " was not kept: " + err.Error() + "."
						return
					}
					c.keepPhoto(ctx, i, kind, what, reply)
				}))
			})
		})
	}, i)
}

// keepPhoto stores the worker's photo and adds it to finding i, unless the
// finding has gone meanwhile. A refusal (a full storage) keeps everything
// as it was and says which photo was not kept.
func (c *checkScreen) keepPhoto(ctx app.Context, i int, kind, what string, reply app.Value) {
	inUse := func(n string) bool {
		_, ok := c.ph.records[n]
		return ok
	}
	name := photo.NewName(kind, inUse)
	rec := newRecord(name, reply.Get("bytes"), reply.Get("thumb"), reply.Get("taken").String())
	c.ph.records[name] = rec // the name is taken while it is stored
	putPhoto(rec, func(err error) {
		ctx.Dispatch(rescued(func(app.Context) {
			c.ph.busy--
			delete(c.ph.records, name)
			if err != nil {
				c.ph.problem = "The photo for " + what + " was not kept: " + err.Error() +
					". Everything else is kept and your answers keep saving; delete photos you do not need to make room."
				return
			}
			c.ph.remember(rec)
			if i >= len(c.st.file.Findings) || c.st.file.Findings[i].Kind != kind {
				c.ph.problem = "The photo for " + what + " was kept, but the finding was removed."
				return
			}
			f := &c.st.file.Findings[i]
			f.Photos = append(f.Photos, name)
			c.save()
			c.status = "Photo added to " + what + "."
		}))
	})
}

// renderPhotos is a finding's photos: thumbnails that open full screen,
// and in the walk round the buttons to add one.
func (c *checkScreen) renderPhotos(i int, editable bool) app.UI {
	f := &c.st.file.Findings[i]
	if !editable && len(f.Photos) == 0 {
		return nil
	}
	what := c.findingName(i)
	return app.Div().Class("finding-photos").Body(
		app.If(len(f.Photos) > 0, app.Ul().Class("photo-thumbs").Body(
			app.Range(f.Photos).Slice(func(j int) app.UI {
				name := f.Photos[j]
				b := app.Button().Class("photo-thumb").Aria("label", "Photo "+itoa(j+1)+" of "+what+": show full screen").
					OnClick(handle(func(ctx app.Context, e app.Event) { c.view(name) }, name).args())
				if url := c.ph.thumbs[name]; url != "" {
					b = b.Body(app.Img().Src(url).Alt(""))
				} else {
					b = b.Text("Not on this device")
				}
				return app.Li().Body(b)
			}),
		)),
		app.If(editable,
			app.P().Class("field-hint").Text("Hold the tester card or a ruler beside the damage."),
			app.Div().Class("finding-actions no-print").Body(
				c.photoInput(i, "Take a photo", true),
				c.photoInput(i, "From the gallery", false),
			),
		),
		app.If(editable && c.ph.used > 0, app.P().Class("field-hint").Text("Photos on this device: "+megabytes(c.ph.used)+".")),
		app.If(c.ph.busy > 0, app.P().Class("field-hint").Aria("live", "polite").Text("Keeping the photo…")),
		app.If(c.ph.problem != "", app.P().Class("field-problem").Attr("role", "alert").Text(c.ph.problem)),
	)
}

// photoInput is a button that opens the camera (or the gallery).
func (c *checkScreen) photoInput(i int, label string, camera bool) app.UI {
	in := app.Input().Type("file").Class("photo-input").Attr("accept", "image/*").OnChange(c.onPhoto(i).args())
	if camera {
		in = in.Attr("capture", "environment")
	}
	return app.Label().Class("button button-secondary").Body(app.Text(label), in)
}

func megabytes(n int) string {
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}

// view shows the photo called name full screen; the browser's pinch-zoom
// enlarges it.
func (c *checkScreen) view(name string) {
	rec, ok := c.ph.records[name]
	if !ok {
		return
	}
	c.ph.viewing, c.ph.viewURL, c.ph.confirm = name, blobURL(rec.Get("jpeg")), false
}

func (c *checkScreen) closeView() {
	app.Window().Get("URL").Call("revokeObjectURL", c.ph.viewURL)
	c.ph.viewing, c.ph.viewURL, c.ph.confirm = "", "", false
}

// renderPhotoView is the photo shown full screen, with delete (asked
// first), and the undo of the last delete.
func (c *checkScreen) renderPhotoView() app.UI {
	if c.ph.viewing == "" {
		return c.renderPhotoUndo()
	}
	taken := ""
	if t, err := time.Parse(time.RFC3339, c.ph.records[c.ph.viewing].Get("taken").String()); err == nil {
		taken = "Taken " + t.Local().Format("2 Jan 2006 at 15:04") + " · "
	}
	return app.Div().Class("photo-view").Attr("role", "dialog").Aria("label", "Photo").Body(
		app.Img().Src(c.ph.viewURL).Alt("Photo "+c.ph.viewing),
		app.P().Class("field-hint").Text(taken+c.ph.viewing),
		app.Div().Class("finding-actions").Body(
			app.Button().ID("photo-close").Class("button").Text("Close").
				OnClick(handle(func(ctx app.Context, e app.Event) { c.closeView() }).args()),
			app.If(!c.ph.confirm, app.Button().Class("button button-danger").Text("Delete photo").
				OnClick(handle(func(ctx app.Context, e app.Event) { c.ph.confirm = true }).args())),
		),
		app.If(c.ph.confirm, app.Div().Class("notice notice-warn").Body(
			app.P().Text("Delete this photo from the check and the device?"),
			app.Button().ID("photo-delete").Class("button button-danger").Text("Delete").
				OnClick(handle(func(ctx app.Context, e app.Event) { c.deleteViewed() }).args()),
			app.Button().Class("button button-secondary").Text("Keep it").
				OnClick(handle(func(ctx app.Context, e app.Event) { c.ph.confirm = false }).args()),
		)),
	)
}

// deleteViewed takes the photo shown off its finding and the device,
// keeping it in memory for undo.
func (c *checkScreen) deleteViewed() {
	name := c.ph.viewing
	c.closeView()
	for i := range c.st.file.Findings {
		f := &c.st.file.Findings[i]
		for j, n := range f.Photos {
			if n != name {
				continue
			}
			c.ph.undo = &deletedPhoto{finding: i, at: j, rec: c.ph.records[name]}
			f.Photos = append(f.Photos[:j:j], f.Photos[j+1:]...)
			c.save()
			c.ph.forget(name)
			deletePhoto(name, func(error) {})
			c.status = "Photo deleted. You can undo it."
			return
		}
	}
}

func (c *checkScreen) renderPhotoUndo() app.UI {
	if c.ph.undo == nil {
		return nil
	}
	return app.Div().Class("notice notice-undo no-print").Body(
		app.P().Text("Photo deleted."),
		app.Button().ID("photo-undo").Class("button button-secondary").Text("Undo").
			OnClick(handle(func(ctx app.Context, e app.Event) { c.undoDelete(ctx) }).args()),
	)
}

// undoDelete puts the deleted photo back on the device and its finding.
func (c *checkScreen) undoDelete(ctx app.Context) {
	u := c.ph.undo
	c.ph.undo = nil
	if u == nil {
		return
	}
	putPhoto(u.rec, func(err error) {
		ctx.Dispatch(rescued(func(app.Context) {
			if err != nil {
				c.ph.problem = "The photo could not be put back: " + err.Error() + "."
				return
			}
			c.ph.remember(u.rec)
			if u.finding < len(c.st.file.Findings) {
				f := &c.st.file.Findings[u.finding]
				f.Photos = append(f.Photos[:u.at:u.at], append([]string{u.rec.Get("name").String()}, f.Photos[u.at:]...)...)
				c.save()
			}
			c.status = "Photo put back."
		}))
	})
}

// exportArchive exports the check with its photos as one file (a zip the
// worker makes).
func (c *checkScreen) exportArchive(ctx app.Context, check []byte) {
	name := strings.TrimSuffix(exportName(c.st.file, c.now()), ".json") + ".zip"
	withPhotos(true, func(photos app.Value) {
		askWorkerWith(workerRequest{Kind: "export", File: string(check)}, nil, photos, func(reply app.Value, err error) {
			ctx.Dispatch(rescued(func(ctx app.Context) {
				if err != nil {
					c.importProblem = "The check was not exported: " + err.Error() + "."
					c.status = c.importProblem
					return
				}
				parts := app.Window().Get("Array").New()
				parts.Call("push", reply.Get("bytes"))
				saveBlob(app.Window().Get("Blob").New(parts, map[string]any{"type": "application/zip"}), name)
				c.status = "Exported with its photos as " + name + "."
			}))
		})
	})
}

// importArchive has the worker read an archive the driver chose, then
// offers its check as an import; its photos are kept once it replaces the
// check (keepImported).
func (c *checkScreen) importArchive(ctx app.Context, file app.Value, name string) {
	file.Call("arrayBuffer").Then(func(buf app.Value) {
		askWorkerWith(workerRequest{Kind: "import"}, app.Window().Get("Uint8Array").New(buf), nil, func(reply app.Value, err error) {
			ctx.Dispatch(rescued(func(ctx app.Context) {
				var f *standards.File
				if err == nil {
					f, err = readImport(reply.Get("file").String())
				}
				if err != nil {
					c.importProblem = importFailed(name, err)
					c.status = c.importProblem
					return
				}
				c.ph.imported, c.ph.ctx = reply.Get("photos"), ctx
				c.offerImport(ctx, f, name)
			}))
		})
	})
}

// keepImported stores the photos of the archive that has just replaced the
// check; one the browser refuses is named.
func (c *checkScreen) keepImported() {
	list, ctx := c.ph.imported, c.ph.ctx
	c.ph.imported = nil
	if list == nil {
		return
	}
	for i := 0; i < list.Length(); i++ {
		p := list.Index(i)
		name := p.Get("name").String()
		rec := newRecord(name, p.Get("bytes"), p.Get("thumb"), p.Get("taken").String())
		putPhoto(rec, func(err error) {
			ctx.Dispatch(rescued(func(app.Context) {
				if err != nil {
					c.ph.problem = "The photo " + name + " from the archive was not kept: " + err.Error() + "."
					return
				}
				c.ph.forget(name)
				c.ph.remember(rec)
			}))
		})
	}
}
