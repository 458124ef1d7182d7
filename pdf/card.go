package pdf

import (
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
)

// Card is a retailer's A6 card: their details and a QR code of their kiosk
// link, for the counter or a customer's pocket.
type Card struct {
	Retailer     cover.Retailer
	Link         string    // the kiosk link the QR code opens
	On           date.Date // the day it is made
	Uncompressed bool      // for tests
}

// A6 geometry, in millimetres.
const (
	a6W, a6H = 105.0, 148.0
	a6Margin = 9.0
	// qrSide is the printed size of the QR code with its quiet zone: at a
	// few hundred characters, modules of about half a millimetre, which
	// phone cameras read from a hand's length.
	qrSide = 56.0
)

// WriteRetailerCard makes the card. The same Card always gives the same bytes.
func WriteRetailerCard(w io.Writer, c Card) (err error) {
	defer recoverError(&err)
	if c.Link == "" || c.Retailer.Name == "" {
		return fmt.Errorf("pdf: the card needs the retailer's name and link")
	}
	rows, err := QRModules(c.Link)
	if err != nil {
		return err
	}
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: fpdf.SizeType{Wd: a6W, Ht: a6H}})
	made := time.Date(c.On.Year(), c.On.Month(), c.On.DayOfMonth(), 12, 0, 0, 0, time.UTC)
	f.SetCreationDate(made)
	f.SetModificationDate(made)
	f.SetCompression(!c.Uncompressed)
	f.SetCatalogSort(true)
	f.SetTitle(valid("smart self-check card for "+c.Retailer.Name), true)
	f.SetCreator("smart self-check", true)
	f.SetLang("en-GB")
	f.SetMargins(a6Margin, a6Margin, a6Margin)
	f.SetAutoPageBreak(false, 0)
	d := &doc{Fpdf: f, tr: f.UnicodeTranslatorFromDescriptor("cp1252")}
	d.AddPage()
	inner := a6W - 2*a6Margin

	d.font("B", 9, muted)
	d.CellFormat(inner, 5, d.text("smart self-check"), "", 1, "L", false, 0, "")
	d.font("B", 16, ink)
	d.MultiCell(inner, 7, d.text(c.Retailer.Name), "", "L", false)
	d.font("", 11, ink)
	if c.Retailer.Phone != "" {
		d.CellFormat(inner, 6, d.text("Phone "+c.Retailer.Phone), "", 1, "L", false, 0, "")
	}
	if c.Retailer.Email != "" {
		d.CellFormat(inner, 6, d.fit(d.text(c.Retailer.Email), inner), "", 1, "L", false, 0, "")
	}

	// The QR code, centred, black modules on white.
	y := d.GetY() + 3
	x := (a6W - qrSide) / 2
	module := qrSide / float64(len(rows)+2*QRQuietZone)
	d.SetFillColor(ink, ink, ink)
	for r, row := range rows {
		for col, dark := range row {
			if dark {
				d.Rect(x+float64(col+QRQuietZone)*module, y+float64(r+QRQuietZone)*module, module, module, "F")
			}
		}
	}
	d.SetY(y + qrSide + 1)
	d.font("B", 10, ink)
	d.MultiCell(inner, 5, d.text("Scan with your phone's camera to check your car before you return it, "+
		"and to find road assistance. Works with no signal once opened."), "", "C", false)
	d.Ln(1)
	d.font("", 6.5, muted)
	d.MultiCell(inner, 3, d.text(c.Link), "", "C", false)

	// Road assistance stays first for a driver who has broken down.
	uk := mustNumber("uk")
	d.SetY(a6H - a6Margin - 11)
	d.SetDrawColor(rule, rule, rule)
	d.Line(a6Margin, d.GetY(), a6W-a6Margin, d.GetY())
	d.Ln(1.5)
	d.font("B", 9, ink)
	d.CellFormat(inner, 4.5, d.text("Broken down? smart road assistance, 24 hours:"), "", 1, "C", false, 0, "")
	d.font("B", 12, ink)
	d.CellFormat(inner, 6, d.text(uk.Display+" (from the UK)"), "", 1, "C", false, 0, "")
	if err := d.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.Output(w)
}
