package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// Request is what the app asks the PDF worker for (pdf/worker and
// web/pdf-worker.js). The app builds it as JSON without importing this
// package, so fpdf stays out of the app's own wasm.
type Request struct {
	File     string    `json:"file"` // the self-check file as the app stores it
	On       string    `json:"on"`   // YYYY-MM-DD
	Retailer *Retailer `json:"retailer,omitempty"`
}

// Make makes the PDF for a JSON Request. A check still being filled in is
// printed as it stands; only a file that is not a self-check is refused.
func Make(request []byte) ([]byte, error) {
	var r Request
	if err := json.Unmarshal(request, &r); err != nil {
		return nil, fmt.Errorf("the request to make the PDF is malformed: %v", err)
	}
	on, err := date.Parse(r.On)
	if err != nil {
		return nil, fmt.Errorf("on: %v", err)
	}
	f, problems := standards.Parse([]byte(r.File))
	for _, p := range problems {
		if f == nil || p.Path == "format" || p.Path == "version" {
			return nil, p
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, Input{File: f, On: on, Retailer: r.Retailer}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
