package app

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// pdfDownload makes the printable PDF of the check the screen gives it, in
// the browser (in the worker), and hands it over: shared as a file where
// the browser can share files (an installed iOS web app cannot download a
// blob), downloaded otherwise.
type pdfDownload struct {
	app.Compo

	Ilabel string
	// Ifile and Ion are the check to print, as the screen holds it (saved
	// or not), and the day the screen judged it on. A nil Ifile is a check
	// that could not be read.
	Ifile *standards.File
	Ion   date.Date
	// CardRetailer and CardLink, when set, make a retailer's A6 card with
	// the QR code of their kiosk link instead of the check.
	CardRetailer cover.Retailer
	CardLink     string

	busy    bool
	problem string
	// unshared is a made file the browser would not share straight after
	// making it; the next tap shares it.
	unshared app.Value
}

func newPDFDownload() *pdfDownload { return &pdfDownload{Ilabel: "Download PDF"} }

// Label is the button's text.
func (d *pdfDownload) Label(s string) *pdfDownload {
	d.Ilabel = s
	return d
}

// Check is the check to print and the day it was judged on.
func (d *pdfDownload) Check(f *standards.File, on date.Date) *pdfDownload {
	d.Ifile, d.Ion = f, on
	return d
}

// Card makes the button hand over a retailer's card for link.
func (d *pdfDownload) Card(r cover.Retailer, link string) *pdfDownload {
	d.CardRetailer, d.CardLink = r, link
	return d
}

// OnMount starts the worker once the page is idle, so the PDF maker is
// loaded before the tap.
func (d *pdfDownload) OnMount(ctx app.Context) { startWorkerSoon() }

func (d *pdfDownload) Render() app.UI {
	label := d.Ilabel
	click := handle(d.onMake)
	switch {
	case d.busy:
		label = "Making the PDF…"
	case d.unshared != nil:
		label, click = "Share the PDF", handle(d.onShareAgain)
	}
	return app.Div().Class("pdf-download").Body(
		app.Button().Type("button").Class("button pdf-download-button").
			Disabled(d.busy).Aria("busy", d.busy).OnClick(click.args()).Text(label),
		app.If(d.problem != "", app.P().Class("field-problem").Attr("role", "alert").Text(d.problem)),
	)
}

func (d *pdfDownload) onMake(ctx app.Context, e app.Event) {
	d.busy, d.problem, d.unshared = true, "", nil
	req, name, err := pdfRequest(d.Ifile, d.Ion, currentKiosk().Retailer)
	if d.CardLink != "" {
		r := d.CardRetailer
		req, name, err = workerapi.Request{Kind: workerapi.Card, Retailer: &r, Text: d.CardLink, On: date.FromTime(appClock())}, "smart-selfcheck-card.pdf", nil
	}
	if err != nil {
		d.busy, d.problem = false, problemText(err)
		return
	}
	withPhotos(req.Kind == workerapi.PDF, func(photos app.Value) {
		askWorkerWith(req, nil, photos, func(_ workerapi.Reply, data app.Value, err error) {
			ctx.Dispatch(rescued(func(ctx app.Context) {
				d.busy = false
				if err == nil {
					err = d.handOver(ctx, data.Get("bytes"), name)
				} else {
					err = errors.New("the PDF could not be made: " + err.Error())
				}
				d.problem = problemText(err)
			}))
		})
	})
}

func (d *pdfDownload) onShareAgain(ctx app.Context, e app.Event) {
	file := d.unshared
	d.unshared, d.problem = nil, ""
	d.share(ctx, file)
}

// errNothingToPrint is why there is no PDF of a check that could not be read.
var errNothingToPrint = errors.New("the saved check could not be read, so there is nothing to print")

// pdfRequest asks the worker to print f as judged on the day on, with the
// retailer r beside the numbers unless r is zero, and names the file.
func pdfRequest(f *standards.File, on date.Date, r cover.Retailer) (workerapi.Request, string, error) {
	if f == nil {
		return workerapi.Request{}, "", errNothingToPrint
	}
	file, err := f.Encode()
	if err != nil {
		return workerapi.Request{}, "", err
	}
	req := workerapi.Request{Kind: workerapi.PDF, File: string(file), On: on}
	if !r.IsZero() {
		req.Retailer = &r
	}
	return req, pdfFileName(f.Vehicle.RegistrationNumber, on), nil
}

// pdfFileName is smart-selfcheck-AB19CDE-2025-11-01.pdf: the registration's
// letters and digits, and the day; smart-selfcheck-2025-11-01.pdf without
// a registration.
func pdfFileName(registration string, on date.Date) string {
	var reg strings.Builder
	for _, c := range strings.ToUpper(registration) {
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			reg.WriteRune(c)
		}
	}
	name := "smart-selfcheck-"
	if reg.Len() > 0 {
		name += reg.String() + "-"
	}
	return name + on.String() + ".pdf"
}

// handOver gives the driver the file: shared where the browser shares
// files, else downloaded through a link to a blob.
func (d *pdfDownload) handOver(ctx app.Context, u8 app.Value, name string) (err error) {
	defer recoverInto(&err, "handing over "+name)
	win := app.Window()
	parts := win.Get("Array").New() // a []any holding a Value breaks go-app's conversion
	parts.Call("push", u8)
	opts := map[string]any{"type": "application/pdf"}
	nav := win.Get("navigator")
	if nav.Get("canShare").Truthy() && win.Get("File").Truthy() {
		file := win.Get("File").New(parts, name, opts)
		if nav.Call("canShare", shareData(file)).Truthy() {
			d.share(ctx, file)
			return nil
		}
	}
	saveBlob(win.Get("Blob").New(parts, opts), name)
	return nil
}

// saveBlob downloads blob as a file called name, through a link to it.
func saveBlob(blob app.Value, name string) {
	win := app.Window()
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("rel", "noopener")
	body := win.Get("document").Get("body")
	body.Call("appendChild", a)
	a.Call("click")
	body.Call("removeChild", a)
	// The download has started by the time the link is let go of.
	win.Call("setTimeout", win.Get("URL").Get("revokeObjectURL").Call("bind", win.Get("URL"), url), 60000)
}

// shareData is {files: [file]} for navigator.share.
func shareData(file app.Value) app.Value {
	files := app.Window().Get("Array").New()
	files.Call("push", file)
	data := app.Window().Get("Object").New()
	data.Set("files", files)
	return data
}

// share opens the share sheet for file. A share the driver cancels is not
// a problem; one the browser refuses without a fresh tap keeps the file
// for the next tap.
func (d *pdfDownload) share(ctx app.Context, file app.Value) {
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		return nil
	})
	failed = app.FuncOf(func(_ app.Value, args []app.Value) any {
		release()
		name, msg := "", ""
		if len(args) > 0 && args[0].Truthy() {
			name, msg = args[0].Get("name").String(), args[0].Get("message").String()
		}
		ctx.Dispatch(rescued(func(ctx app.Context) {
			switch name {
			case "AbortError":
			case "NotAllowedError":
				d.unshared = file
				d.problem = "The PDF is ready: tap “Share the PDF” to save or send it."
			default:
				d.problem = problemText(errors.New("the PDF could not be shared: " + msg))
			}
		}))
		return nil
	})
	app.Window().Get("navigator").Call("share", shareData(file)).Call("then", done, failed)
}
