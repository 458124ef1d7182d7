package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// Input is what the document is made from.
type Input struct {
	File *standards.File
	On   date.Date // the day it is made: the verdicts, actions and cover are as of this day
	// Retailer, when given, is printed beside the numbers to ring (a
	// Retailer's kiosk hands out its own details).
	Retailer *cover.Retailer
	// Photos are the check's photos by file name (pdf/photos.go); one the
	// file names that is not here prints as "not on this device".
	Photos map[string][]byte
	// Uncompressed leaves the page contents as plain text, for tests and for
	// comparing documents; the browser and the command compress.
	Uncompressed bool
}

// Write makes the document: the return checklist, the contact sheet and the
// tester card, on A4. The same Input always gives the same bytes. Any text
// is safe: invalid UTF-8 prints as "?", and a failure inside fpdf is an
// error, never a panic.
func Write(w io.Writer, in Input) (err error) {
	defer recoverError(&err)
	if in.File == nil {
		return fmt.Errorf("pdf: no self-check to print")
	}
	if in.On.IsZero() {
		return fmt.Errorf("pdf: the day the document is made must be given")
	}
	d := newDoc(in)
	r := standards.Evaluate(in.File, in.On)
	d.checklist(r)
	d.contacts()
	d.testerCard()
	d.photoPages(r)
	if err := d.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.Output(w)
}

// Page geometry, in millimetres.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 16.0
	top          = 20.0 // below the running head
	bottom       = 18.0 // above the footer
	textW        = pageW - 2*margin
)

// Greys, 0 black to 255 white: the document prints in black and white.
const (
	ink   = 0
	muted = 85
	rule  = 160
	shade = 232
)

// doc is the document being made.
type doc struct {
	*fpdf.Fpdf
	in   Input
	tr   func(string) string // UTF-8 to cp1252
	head string              // the running head of the current part
}

func newDoc(in Input) *doc {
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	d := &doc{Fpdf: f, in: in, tr: f.UnicodeTranslatorFromDescriptor("cp1252")}
	made := time.Date(in.On.Year(), in.On.Month(), in.On.DayOfMonth(), 12, 0, 0, 0, time.UTC)
	f.SetCreationDate(made)
	f.SetModificationDate(made)
	f.SetCompression(!in.Uncompressed)
	f.SetCatalogSort(true)
	f.SetTitle(d.title(), true)
	f.SetCreator("smart self-check", true)
	f.SetProducer("smart self-check (fpdf)", true)
	f.SetLang("en-GB")
	f.SetMargins(margin, top, margin)
	f.SetAutoPageBreak(true, bottom)
	f.AliasNbPages("{nb}")
	f.SetHeaderFunc(d.runningHead)
	f.SetFooterFunc(d.footer)
	return d
}

// title names the document, with the registration when there is one.
func (d *doc) title() string {
	t := "smart self-check: return checklist and contacts"
	if r := d.in.File.Vehicle.Registration(); r != "" {
		t += " for " + r
	}
	return valid(t)
}

// valid repairs s to valid UTF-8, for what fpdf writes as UTF-16 (the
// document's title), which it cannot do with invalid bytes.
func valid(s string) string { return strings.ToValidUTF8(s, "?") }

// recoverError turns a panic inside fpdf into the error *err.
func recoverError(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("pdf: the document could not be made: %v", r)
	}
}

func (d *doc) runningHead() {
	d.SetY(9)
	d.font("B", 8, muted)
	d.CellFormat(textW/2, 4, d.text("smart self-check · "+d.head), "", 0, "L", false, 0, "")
	d.font("", 8, muted)
	d.CellFormat(textW/2, 4, d.fit(d.text(d.in.File.Vehicle.Registration()), textW/2-2), "", 1, "R", false, 0, "")
	d.SetDrawColor(rule, rule, rule)
	d.SetLineWidth(0.2)
	d.Line(margin, 14, pageW-margin, 14)
	d.SetXY(margin, top)
}

func (d *doc) footer() {
	d.SetY(-13)
	d.font("", 7.5, muted)
	d.CellFormat(textW-25, 4, d.text("Made on "+d.in.On.Long()+" with smart self-check from the driver's own answers."), "", 2, "L", false, 0, "")
	d.CellFormat(textW-25, 4, d.text("Not an inspection. What the standards list as not acceptable is likely to be charged for on return."), "", 0, "L", false, 0, "")
	d.SetXY(pageW-margin-25, pageH-13)
	d.font("B", 8, ink)
	d.CellFormat(25, 4, fmt.Sprintf("Page %d of {nb}", d.PageNo()), "", 0, "R", false, 0, "")
}

// part starts a part of the document on a new page.
func (d *doc) part(head, title, intro string) {
	d.head = head
	d.AddPage()
	d.font("B", 20, ink)
	d.MultiCell(textW, 9, d.text(title), "", "L", false)
	if intro != "" {
		d.font("", 10, muted)
		d.MultiCell(textW, 5, d.text(intro), "", "L", false)
	}
	d.Ln(3)
}

// text makes s printable in the built-in fonts.
func (d *doc) text(s string) string { return d.tr(printable(s)) }

// fit shortens translated text to the width w in the current font, ending
// it with an ellipsis when it is cut. It measures each byte once: the core
// fonts have one width a byte and no kerning.
func (d *doc) fit(s string, w float64) string {
	if d.GetStringWidth(s) <= w {
		return s
	}
	room := w - d.GetStringWidth("\x85")
	for i := range len(s) {
		if room -= d.GetStringWidth(s[i : i+1]); room < 0 {
			return s[:i] + "\x85" // … in cp1252
		}
	}
	return s + "\x85"
}

func (d *doc) font(style string, size float64, grey int) {
	d.SetFont("Helvetica", style, size)
	d.SetTextColor(grey, grey, grey)
}

// room starts a new page unless h millimetres fit above the footer. A block
// taller than a whole page starts on a new page and flows on.
func (d *doc) room(h float64) {
	if d.GetY()+h > pageH-bottom && d.GetY() > top+0.1 {
		d.AddPage()
	}
}

// heading is a section heading, kept with at least next millimetres of what
// follows it.
func (d *doc) heading(s string, next float64) {
	d.room(9 + next)
	d.Ln(2)
	d.font("B", 12.5, ink)
	d.CellFormat(textW, 6, d.text(s), "", 1, "L", false, 0, "")
	d.SetDrawColor(ink, ink, ink)
	d.SetLineWidth(0.4)
	d.Line(margin, d.GetY(), pageW-margin, d.GetY())
	d.Ln(2)
}

// para is a run of text in one font, wrapped to a width.
type para struct {
	style string
	size  float64
	grey  int
	text  string
	gap   float64 // space after, millimetres
}

// lineHeight is the line height for a font size in points, in millimetres.
func lineHeight(size float64) float64 { return size * 0.45 }

// lines sets p's font and wraps its text to width w: at line breaks, at
// spaces, and within a word too long for a line.
func (d *doc) lines(p para, w float64) [][]byte {
	d.font(p.style, p.size, p.grey)
	var out [][]byte
	for _, l := range strings.Split(p.text, "\n") {
		out = append(out, d.SplitLines([]byte(d.text(l)), w)...)
	}
	return out
}

// height is how tall paras are when wrapped to width w.
func (d *doc) height(w float64, paras ...para) float64 {
	h := 0.0
	for _, p := range paras {
		if p.text != "" {
			h += float64(len(d.lines(p, w)))*lineHeight(p.size) + p.gap
		}
	}
	return h
}

// write draws paras at x, wrapped to width w, from the current y.
func (d *doc) write(x, w float64, paras ...para) {
	for _, p := range paras {
		if p.text == "" {
			continue
		}
		for _, l := range d.lines(p, w) {
			d.SetX(x)
			d.CellFormat(w, lineHeight(p.size), string(l), "", 1, "L", false, 0, "")
		}
		d.Ln(p.gap)
	}
}

// keep writes paras together, on a new page if they do not fit here.
func (d *doc) keep(x, w float64, paras ...para) {
	d.room(d.height(w, paras...))
	d.write(x, w, paras...)
}

// labelled prints label: value pairs in two columns.
func (d *doc) labelled(pairs [][2]string) {
	const colW, labelW = textW / 2, 34.0
	for i := 0; i < len(pairs); i += 2 {
		row := pairs[i:min(i+2, len(pairs))]
		h := 0.0
		for _, p := range row {
			h = max(h, d.height(colW-labelW-2, para{"B", 9.5, ink, p[1], 0}))
		}
		d.room(h + 1.5)
		y := d.GetY()
		for j, p := range row {
			x := margin + float64(j)*colW
			d.SetXY(x, y)
			d.font("", 9, muted)
			d.CellFormat(labelW, lineHeight(9.5), d.text(p[0]), "", 0, "L", false, 0, "")
			d.SetXY(x+labelW, y)
			d.write(x+labelW, colW-labelW-2, para{"B", 9.5, ink, p[1], 0})
		}
		d.SetY(y + h + 1.5)
	}
}

// box draws an empty tick box of side s at x, y; ticked draws a tick in it.
func (d *doc) box(x, y, s float64, ticked bool) {
	d.SetDrawColor(ink, ink, ink)
	d.SetLineWidth(0.35)
	d.Rect(x, y, s, s, "D")
	if ticked {
		d.tick(x+s*0.2, y+s*0.5, s*0.6)
	}
}

// tick draws a tick w wide, starting at x, y.
func (d *doc) tick(x, y, w float64) {
	d.SetLineWidth(w * 0.16)
	d.SetLineCapStyle("round")
	d.Line(x, y, x+w*0.35, y+w*0.35)
	d.Line(x+w*0.35, y+w*0.35, x+w, y-w*0.45)
	d.SetLineCapStyle("butt")
}

// writeIn is a line to write on, with its label.
func (d *doc) writeIn(x, y, w float64, label string) {
	d.SetDrawColor(muted, muted, muted)
	d.SetLineWidth(0.25)
	d.Line(x, y+7, x+w, y+7)
	d.font("", 7.5, muted)
	d.SetXY(x, y+7.5)
	d.CellFormat(w, 3.5, d.text(label), "", 0, "L", false, 0, "")
}
