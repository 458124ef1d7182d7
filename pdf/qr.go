package pdf

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/boombuler/barcode/qr"
)

// QRQuietZone is the blank margin a scanner needs around a QR code, in modules.
const QRQuietZone = 4

// QRModules encodes text as a QR code at error correction level M and
// returns its dark modules, row by row.
func QRModules(text string) ([][]bool, error) {
	code, err := qr.Encode(text, qr.M, qr.Auto)
	if err != nil {
		return nil, fmt.Errorf("too much to fit in one QR code (%d characters)", len(text))
	}
	b := code.Bounds()
	rows := make([][]bool, b.Dy())
	for y := range rows {
		rows[y] = make([]bool, b.Dx())
		for x := range rows[y] {
			r, _, _, _ := code.At(b.Min.X+x, b.Min.Y+y).RGBA()
			rows[y][x] = r == 0
		}
	}
	return rows, nil
}

// QRDataURL draws text as a QR code in an SVG data URL, for an <img> that a
// strict Content-Security-Policy allows.
func QRDataURL(text string) (string, error) {
	rows, err := QRModules(text)
	if err != nil {
		return "", err
	}
	size := len(rows) + 2*QRQuietZone
	var path strings.Builder
	for y, row := range rows {
		for x, dark := range row {
			if dark {
				fmt.Fprintf(&path, "M%d %dh1v1h-1z", x+QRQuietZone, y+QRQuietZone)
			}
		}
	}
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">`+
		`<rect width="%d" height="%d" fill="#fff"/><path d="%s" fill="#000"/></svg>`, size, size, size, size, path.String())
	return "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString([]byte(svg)), nil
}
