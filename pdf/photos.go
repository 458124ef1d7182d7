package pdf

import (
	"bytes"
	"fmt"
	"image/jpeg"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/smart-selfcheck/selfcheck/photo"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// The photos: a thumbnail beside each finding that has close-ups, and at
// the end a page for every two photos, each captioned with what it shows
// (the overview shot, or the finding and its verdict), when and where it
// was taken and its file name in the archive, so a photo on paper can be matched to
// the file. Each photo is embedded once, as the JPEG the device keeps.

// Sizes, in millimetres.
const (
	thumbW    = 30.0 // a finding's thumbnail, beside its text
	photoBoxH = 108.0
	captionH  = 18.0
)

// shown is one photo to print with its caption.
type shown struct {
	name    string
	what    string // the shot's name, or the finding
	verdict string // the finding's verdict; "" for an overview shot
	taken   time.Time
}

// image registers the photo called name and returns its width over its
// height; false when the device did not send it or it is not a JPEG.
func (d *doc) image(name string) (float64, bool) {
	b, ok := d.in.Photos[name]
	if !ok {
		return 0, false
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width < 1 || cfg.Height < 1 {
		return 0, false
	}
	d.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(b))
	return float64(cfg.Width) / float64(cfg.Height), true
}

// thumbRoom is the width a finding's thumbnail takes from its text.
func (d *doc) thumbRoom(fd *standards.Finding) float64 {
	if len(fd.Photos) == 0 {
		return 0
	}
	return thumbW + 3
}

// thumb draws a finding's first photo at the right of its row from y, with
// how many it has; it returns the height used.
func (d *doc) thumb(fd *standards.Finding, y float64) float64 {
	if len(fd.Photos) == 0 {
		return 0
	}
	x := pageW - margin - thumbW
	ratio, ok := d.image(fd.Photos[0])
	h := 0.0
	if ok { // in a square box, thumbW across
		w := min(thumbW, thumbW*ratio)
		h = w / ratio
		d.ImageOptions(fd.Photos[0], x+(thumbW-w)/2, y, w, h, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	}
	d.SetXY(x, y+h+0.5)
	d.font("", 7, muted)
	label := fmt.Sprintf("%d %s at the end", len(fd.Photos), plural(len(fd.Photos), "photo", "photos"))
	if !ok {
		label = fd.Photos[0] + ": not on this device"
	}
	d.MultiCell(thumbW, 3, d.text(label), "", "L", false)
	return d.GetY() - y
}

// photoList is every photo in the order printed: overview shots in the
// walk's order, then each finding's close-ups.
func (d *doc) photoList(r standards.Report) (list []shown, skipped []string) {
	f := d.in.File
	for _, s := range photo.Shots {
		for _, p := range f.Photos {
			switch {
			case p.Shot != s.ID:
			case p.Skipped:
				skipped = append(skipped, s.Name)
			default:
				list = append(list, shown{name: p.File, what: s.Name, taken: p.Taken})
			}
		}
	}
	for i := range f.Findings {
		res := r.Findings[i]
		for _, n := range f.Findings[i].Photos {
			list = append(list, shown{name: n, what: res.Title(), verdict: standards.VerdictText(res.Verdict)})
		}
	}
	for i := range list {
		if b, ok := d.in.Photos[list[i].name]; ok && list[i].taken.IsZero() {
			list[i].taken, _ = photo.Taken(b, nil)
		}
	}
	return list, skipped
}

// photoPages prints the photos, two to a page; nothing when there are none.
func (d *doc) photoPages(r standards.Report) {
	list, skipped := d.photoList(r)
	if len(list) == 0 && len(skipped) == 0 {
		return
	}
	n, m := photo.Progress(d.in.File.ShotsTaken())
	intro := fmt.Sprintf("The photos taken with this check, as the phone kept them. Overview shots taken: %d of %d.", n, m)
	if len(skipped) > 0 {
		intro += " Skipped: " + joinNames(skipped) + "."
	}
	d.part("Photos", "Photos", intro)
	for i, p := range list {
		if i > 0 {
			d.room(photoBoxH + captionH)
		}
		d.photoWithCaption(p)
	}
}

func joinNames(names []string) string {
	out := ""
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			out += " and "
		default:
			out += ", "
		}
		out += n
	}
	return out
}

// photoWithCaption prints a photo in a box the text's width, as large as
// it fits, and its caption under it.
func (d *doc) photoWithCaption(p shown) {
	d.room(photoBoxH + captionH)
	y := d.GetY()
	ratio, ok := d.image(p.name)
	h := photoBoxH
	if ok {
		w := min(textW, photoBoxH*ratio)
		h = w / ratio
		d.ImageOptions(p.name, margin+(textW-w)/2, y, w, h, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	} else {
		h = 20
		d.SetDrawColor(rule, rule, rule)
		d.Rect(margin, y, textW, h, "D")
		d.SetXY(margin, y+8)
		d.font("", 9, muted)
		d.CellFormat(textW, 4, d.text("This photo was not on the device when the document was made."), "", 0, "C", false, 0, "")
	}
	d.SetXY(margin, y+h+1.5)
	title := p.what
	if p.verdict != "" {
		title += " · " + p.verdict
	}
	when := "Time taken not known"
	if !p.taken.IsZero() {
		t := p.taken.UTC()
		when = "Taken " + t.Format("2 January 2006 at 15:04") + " UTC"
	}
	if pl, ok := d.in.File.PhotoPlaces[p.name]; ok {
		when += " at " + pl.String()
	}
	d.write(margin, textW, para{"B", 9.5, ink, title, 0.3}, para{"", 8, muted, when + " · " + p.name, 2.5})
}
