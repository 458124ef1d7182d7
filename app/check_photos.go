package app

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/photo"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// photoState is what the check screen knows of the photos on the device.
// Records are IndexedDB's (app/photos_store.go); the worker resizes each.
type photoState struct {
	records map[string]app.Value // by file name
	thumbs  map[string]string    // thumbnail URLs by file name
	used    int                  // bytes the photos take on the device
	busy    int                  // photos being resized and kept
	problem string               // the last photo that was not kept, in words
	// problemAt is where problem shows: where the photo was being added
	// (photoTarget), or "" above the check.
	problemAt string
	viewing   string // the photo shown full screen
	viewURL   string
	confirm   bool          // deleting the photo shown is being asked
	geo       string        // the location permission: "granted", "prompt" or "denied"; "" not known
	undo      *deletedPhoto // the photo just deleted, to put back
	locating  bool          // the position is being read for the driver's choice
	// placeProblem is why the position could not be read, when the driver
	// asked to add where photos are taken.
	placeProblem string

	imported app.Value   // the photos of the archive offered as an import
	ctx      app.Context // the screen's, for storing them
}

// deletedPhoto is a photo taken off a finding, kept in memory for undo.
type deletedPhoto struct {
	finding, at int // -1: an overview shot
	rec         app.Value
	shot        standards.ShotPhoto
}

// loadPhotos reads the photos kept, for their thumbnails.
func (c *checkScreen) loadPhotos(ctx app.Context) {
	c.ph.records, c.ph.thumbs = map[string]app.Value{}, map[string]string{}
	allPhotos(func(records app.Value, err error) {
		c.update(ctx, func(ctx app.Context) {
			if err != nil {
				c.ph.problem, c.ph.problemAt = "The photos on this device could not be read: "+err.Error()+".", ""
				return
			}
			for i := 0; i < records.Length(); i++ {
				c.ph.remember(records.Index(i))
			}
			c.prunePhotos()
		})
	})
	c.readGeo(ctx)
}

// prunePhotos deletes from the device the photos the check no longer
// names: those of a finding removed, of a check replaced or started anew.
// It keeps everything while a photo is being kept, and while an unreadable
// check is kept aside (it may name them); a removed finding's photos, and
// a deleted photo, stay while their undo is offered.
func (c *checkScreen) prunePhotos() {
	if c.ph.records == nil || c.ph.busy > 0 || c.unreadable != "" || c.keptCopy || c.inPlace {
		return
	}
	keep := c.st.file.PhotoNames()
	if c.undo != nil {
		keep = append(keep, c.undo.finding.Photos...)
	}
	if c.ph.undo != nil { // deleteViewed deletes it once its undo has gone
		keep = append(keep, c.ph.undo.rec.Get("name").String())
	}
	for name := range c.ph.records {
		if !slices.Contains(keep, name) {
			c.ph.forget(name)
			deletePhoto(name, func(error) {})
		}
	}
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

// onPhoto takes the photo picked for finding i (or the overview shot, when
// shot is set) to the worker to resize, then keeps it.
func (c *checkScreen) onPhoto(i int, shot string) handler {
	return handle(func(ctx app.Context, e app.Event) {
		input := ctx.JSSrc()
		if input.Get("files").Length() == 0 {
			return
		}
		file := input.Get("files").Index(0)
		input.Set("value", "")
		var kind, what string
		if s, ok := photo.ShotByID(shot); ok {
			what = "the shot “" + s.Name + "”"
		} else {
			kind, what = c.st.file.Findings[i].Kind, c.findingName(i)
		}
		c.ph.busy++
		c.ph.problem, c.ph.problemAt = "", photoTarget(i, shot)
		_, zone := c.now().Zone()
		req := workerapi.Request{Kind: workerapi.Photo, Added: c.now().UTC().Format(time.RFC3339), Zone: zone / 60}
		resize := func(place *photo.Place) {
			file.Call("arrayBuffer").Then(func(buf app.Value) {
				askWorkerWith(req, app.Window().Get("Uint8Array").New(buf), nil, func(reply workerapi.Reply, data app.Value, err error) {
					c.update(ctx, func(ctx app.Context) {
						if err != nil {
							c.ph.busy--
							c.ph.problem = "The photo for " + what + " was not kept: " + err.Error() + "."
							return
						}
						c.keepPhoto(ctx, i, shot, kind, what, place, reply, data)
					})
				})
			})
		}
		if c.ph.geo == "granted" {
			locate(func(place *photo.Place, _ int) { resize(place) })
		} else {
			resize(nil)
		}
	}, i, shot)
}

// readGeo learns, without asking, whether the driver lets the app read
// where the phone is.
func (c *checkScreen) readGeo(ctx app.Context) {
	nav := app.Window().Get("navigator")
	if !nav.Get("geolocation").Truthy() {
		return
	}
	if !nav.Get("permissions").Truthy() {
		c.ph.geo = "prompt"
		return
	}
	nav.Get("permissions").Call("query", map[string]any{"name": "geolocation"}).Then(func(st app.Value) {
		state := st.Get("state").String()
		c.update(ctx, func(app.Context) { c.ph.geo = state })
	})
}

// locate reads where the phone is, once; done gets nil when it cannot, and
// why: a Geolocation error code (geoPermissionDenied: the driver refused).
// The browser asks the driver the first time.
func locate(done func(place *photo.Place, code int)) {
	var ok, fail app.Func
	ok = app.FuncOf(func(_ app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		at := args[0].Get("coords")
		p := photo.Place{Lat: at.Get("latitude").Float(), Lon: at.Get("longitude").Float(), AccuracyM: at.Get("accuracy").Float()}
		if _, problem := p.Problem(); problem != "" {
			done(nil, geoPositionUnavailable)
			return nil
		}
		done(&p, 0)
		return nil
	})
	fail = app.FuncOf(func(_ app.Value, args []app.Value) any {
		ok.Release()
		fail.Release()
		done(nil, args[0].Get("code").Int())
		return nil
	})
	app.Window().Get("navigator").Get("geolocation").Call("getCurrentPosition", ok, fail,
		map[string]any{"enableHighAccuracy": true, "timeout": 10_000, "maximumAge": 60_000})
}

// renderPlaceChoice offers to keep where photos are taken; the browser
// asks the driver once, and from then on each photo keeps its place.
func (c *checkScreen) renderPlaceChoice(hints bool) app.UI {
	switch {
	case c.ph.geo == "prompt":
		label := "Add where photos are taken"
		if c.ph.locating {
			label = locateLabel(locateFinding)
		}
		return div(
			app.Button().Class("button button-secondary place-choice").Text(label).
				Disabled(c.ph.locating).Aria("busy", c.ph.locating).
				OnClick(handle(func(ctx app.Context, e app.Event) { c.askPlace(ctx) }).args()),
			app.If(c.ph.placeProblem != "", app.P().Class("field-problem place-problem").Attr("role", "alert").Text(c.ph.placeProblem)),
		)
	case !hints:
		return nil
	case c.ph.geo == "granted":
		return app.P().Class("field-hint").Text("Each photo keeps where it was taken.")
	case c.ph.geo == "denied":
		return app.P().Class("field-hint").Text("Location is off for this app, so photos keep the time only.")
	}
	return nil
}

// askPlace reads the position once, for the browser to ask the driver; a
// position not read for another reason than a refusal is said, and the
// choice stays to try again.
func (c *checkScreen) askPlace(ctx app.Context) {
	c.ph.locating, c.ph.placeProblem = true, ""
	locate(func(place *photo.Place, code int) {
		c.update(ctx, func(app.Context) {
			c.ph.locating = false
			switch {
			case place != nil:
				c.ph.geo = "granted"
			case code == geoPermissionDenied:
				c.ph.geo = "denied"
			default:
				c.ph.placeProblem = locationProblem(code, "carry on without it: photos keep the time only")
			}
		})
	})
}

// placePhoto notes where the photo called name was taken; nil: not known.
func (c *checkScreen) placePhoto(name string, place *photo.Place) {
	f := c.st.file
	switch {
	case place == nil:
		delete(f.PhotoPlaces, name)
	case f.PhotoPlaces == nil:
		f.PhotoPlaces = map[string]photo.Place{name: *place}
	default:
		f.PhotoPlaces[name] = *place
	}
}

// keepPhoto stores the worker's photo (reply, its bytes and thumb in data) and adds it to finding i (unless the
// finding has gone meanwhile) or to the shot. A refusal (a full storage)
// keeps everything as it was and says which photo was not kept.
func (c *checkScreen) keepPhoto(ctx app.Context, i int, shot, kind, what string, place *photo.Place, reply workerapi.Reply, data app.Value) {
	name := photo.ShotName(shot)
	if shot == "" {
		named := c.st.file.PhotoNames()
		name = photo.NewName(kind, func(n string) bool {
			_, ok := c.ph.records[n]
			return ok || slices.Contains(named, n)
		})
	}
	rec := newRecord(name, data.Get("bytes"), data.Get("thumb"), reply.Taken)
	_, retake := c.ph.records[name]
	if !retake {
		c.ph.records[name] = rec // the name is taken while it is stored
	}
	putPhoto(rec, func(err error) {
		c.update(ctx, func(app.Context) {
			c.ph.busy--
			if !retake {
				delete(c.ph.records, name)
			}
			if err != nil {
				c.ph.problem = "The photo for " + what + " was not kept: " + err.Error() +
					". Everything else is kept and your answers keep saving; delete photos you do not need to make room."
				return
			}
			c.ph.forget(name) // a shot taken again replaces its photo
			c.ph.remember(rec)
			c.placePhoto(name, place)
			switch {
			case shot != "":
				at, _ := time.Parse(time.RFC3339, reply.Taken)
				c.setShot(standards.ShotPhoto{Shot: shot, File: name, Taken: at})
			case i >= len(c.st.file.Findings) || c.st.file.Findings[i].Kind != kind:
				c.ph.problem, c.ph.problemAt = "The photo for "+what+" was kept, but the finding was removed.", ""
				return
			default:
				f := &c.st.file.Findings[i]
				f.Photos = append(f.Photos, name)
			}
			c.save()
			c.status = "Photo added to " + what + "."
		})
	})
}

// update runs fn on the UI's goroutine and renders the screen. The
// screen is the source: the element that asked (a file input) may be gone
// by the time the photo is back, and go-app drops what an element gone
// dispatches.
func (c *checkScreen) update(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: c, Function: rescued(fn)})
}

// setShot puts s in the file's overview shots, in place of that shot's.
func (c *checkScreen) setShot(s standards.ShotPhoto) {
	list := c.st.file.Photos
	for j := range list {
		if list[j].Shot == s.Shot {
			list[j] = s
			return
		}
	}
	c.st.file.Photos = append(list, s)
}

// shotOf returns the file's entry for the shot id.
func (c *checkScreen) shotOf(id string) standards.ShotPhoto {
	for _, s := range c.st.file.Photos {
		if s.Shot == id {
			return s
		}
	}
	return standards.ShotPhoto{}
}

// renderShots is the guided set of overview shots, each with its outline
// of the car, taken or skipped.
func (c *checkScreen) renderShots() app.UI {
	n, m := photo.Progress(c.st.file.ShotsTaken())
	return app.Elem("section").Class("shots no-print").Aria("labelledby", "shots-heading").Body(
		app.H3().ID("shots-heading").Text("Photos of the whole car"),
		app.P().Class("field-hint").Text("Evidence of how the car looked when you handed it back. Stand where the outline shows."),
		app.P().ID("shots-progress").Class("lead").Text("Shots taken "+itoa(n)+" of "+itoa(m)),
		c.renderPlaceChoice(true),
		app.Ul().Class("shot-list").Body(app.Range(photo.Shots).Slice(func(j int) app.UI {
			s := photo.Shots[j]
			got := c.shotOf(s.ID)
			var state app.UI = app.Span().Class("shot-outline shot-"+s.ID).Aria("hidden", true)
			switch {
			case got.File != "" && c.ph.thumbs[got.File] != "":
				state = app.Button().Class("photo-thumb").Aria("label", s.Name+": show full screen").
					OnClick(handle(func(ctx app.Context, e app.Event) { c.view(got.File) }, got.File).args()).
					Body(app.Img().Src(c.ph.thumbs[got.File]).Alt(""))
			}
			status := "Not taken yet"
			if got.Skipped {
				status = "Skipped"
			} else if got.File != "" {
				status = "Taken"
			}
			return app.Li().ID("shot-"+s.ID).Class("shot").Body(
				state,
				app.Div().Body(
					app.P().Class("finding-title").Text(s.Name),
					app.P().Class("field-hint").Text(status),
					app.Div().Class("finding-actions").Body(
						c.photoInput(-1, s.ID, "Take a photo", true),
						app.If(got.File == "" && !got.Skipped, app.Button().Class("button button-secondary").Text("Skip").
							Aria("label", "Skip "+s.Name).
							OnClick(handle(func(ctx app.Context, e app.Event) {
								c.setShot(standards.ShotPhoto{Shot: s.ID, Skipped: true})
								c.save()
							}, s.ID).args())),
					),
					c.renderPhotoProblem(photoTarget(-1, s.ID)),
				),
			)
		})),
		app.If(c.ph.busy > 0, app.P().Class("field-hint").Aria("live", "polite").Text("Keeping the photo…")),
	)
}

// photoTarget is where a photo is being added: "shot-front", "finding-2".
func photoTarget(i int, shot string) string {
	if shot != "" {
		return "shot-" + shot
	}
	return "finding-" + itoa(i)
}

// renderPhotoProblem is the photo problem, shown only where the photo was
// being added (at, a photoTarget), or above the check for "".
func (c *checkScreen) renderPhotoProblem(at string) app.UI {
	return app.If(c.ph.problem != "" && c.ph.problemAt == at,
		app.P().Class("field-problem").Attr("role", "alert").Text(c.ph.problem))
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
			app.If(c.editing == i, c.renderPlaceChoice(false)),
			app.Div().Class("finding-actions no-print").Body(
				c.photoInput(i, "", "Take a photo", true),
				c.photoInput(i, "", "From the gallery", false),
			),
		),
		app.If(editable && c.ph.used > 0, app.P().Class("field-hint").Text("Photos on this device: "+megabytes(c.ph.used)+".")),
		app.If(c.ph.busy > 0, app.P().Class("field-hint").Aria("live", "polite").Text("Keeping the photo…")),
		c.renderPhotoProblem(photoTarget(i, "")),
	)
}

// photoInput is a button that opens the camera (or the gallery).
func (c *checkScreen) photoInput(i int, shot, label string, camera bool) app.UI {
	in := app.Input().Type("file").Class("photo-input").Attr("accept", "image/*").OnChange(c.onPhoto(i, shot).args())
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
		return app.Div().Body(c.renderPhotoProblem(""), c.renderPhotoUndo())
	}
	taken := ""
	if t, err := time.Parse(time.RFC3339, c.ph.records[c.ph.viewing].Get("taken").String()); err == nil {
		taken = "Taken " + t.Local().Format("2 Jan 2006 at 15:04") + " · "
	}
	if pl, ok := c.st.file.PhotoPlaces[c.ph.viewing]; ok {
		taken += pl.String() + " · "
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

// deleteViewed takes the photo shown off its finding (or shot). It leaves
// the device once it can no longer be undone (the next delete): a blob
// read from IndexedDB cannot be stored again once its record is gone.
func (c *checkScreen) deleteViewed() {
	name := c.ph.viewing
	c.closeView()
	if u := c.ph.undo; u != nil {
		deletePhoto(u.rec.Get("name").String(), func(error) {})
	}
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
			c.status = "Photo deleted. You can undo it."
			return
		}
	}
	for j, s := range c.st.file.Photos {
		if s.File == name {
			c.ph.undo = &deletedPhoto{finding: -1, rec: c.ph.records[name], shot: s}
			c.st.file.Photos = append(c.st.file.Photos[:j:j], c.st.file.Photos[j+1:]...)
			c.save()
			c.ph.forget(name)
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
			OnClick(handle(func(ctx app.Context, e app.Event) { c.undoDelete() }).args()),
	)
}

// undoDelete puts the deleted photo back on its finding (or shot).
func (c *checkScreen) undoDelete() {
	u := c.ph.undo
	c.ph.undo = nil
	if u == nil {
		return
	}
	c.ph.remember(u.rec)
	if u.finding < 0 {
		c.setShot(u.shot)
	} else if u.finding < len(c.st.file.Findings) {
		f := &c.st.file.Findings[u.finding]
		f.Photos = append(f.Photos[:u.at:u.at], append([]string{u.rec.Get("name").String()}, f.Photos[u.at:]...)...)
	}
	c.save()
	c.status = "Photo put back."
}

// exportArchive exports the check with its photos as one file (a zip the
// worker makes).
func (c *checkScreen) exportArchive(ctx app.Context, check []byte) {
	name := strings.TrimSuffix(exportName(c.st.file, c.now()), ".json") + ".zip"
	withPhotos(true, func(photos app.Value) {
		askWorkerWith(workerapi.Request{Kind: workerapi.Export, File: string(check)}, nil, photos, func(_ workerapi.Reply, data app.Value, err error) {
			c.update(ctx, func(ctx app.Context) {
				if err != nil {
					c.importProblem = "The check was not exported: " + err.Error() + "."
					c.status = c.importProblem
					return
				}
				parts := app.Window().Get("Array").New()
				parts.Call("push", data.Get("bytes"))
				saveBlob(app.Window().Get("Blob").New(parts, map[string]any{"type": "application/zip"}), name)
				c.status = "Exported with its photos as " + name + "."
			})
		})
	})
}

// importArchive has the worker read an archive the driver chose, then
// offers its check as an import; its photos are kept once it replaces the
// check (keepImported).
func (c *checkScreen) importArchive(ctx app.Context, file app.Value, name string) {
	file.Call("arrayBuffer").Then(func(buf app.Value) {
		askWorkerWith(workerapi.Request{Kind: workerapi.Import}, app.Window().Get("Uint8Array").New(buf), nil, func(reply workerapi.Reply, data app.Value, err error) {
			c.update(ctx, func(ctx app.Context) {
				var f *standards.File
				var problems []*standards.Problem
				if err == nil {
					f, problems, err = readImport(reply.File)
				}
				if err != nil {
					c.importProblem = importFailed(name, err)
					c.status = c.importProblem
					return
				}
				c.ph.imported, c.ph.ctx = data.Get("photos"), ctx
				c.offerImport(ctx, f, problems, name)
			})
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
			c.update(ctx, func(app.Context) {
				if err != nil {
					c.ph.problem, c.ph.problemAt = "The photo "+name+" from the archive was not kept: "+err.Error()+".", ""
					return
				}
				c.ph.forget(name)
				c.ph.remember(rec)
			})
		})
	}
}
