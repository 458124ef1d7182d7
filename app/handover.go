package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"fmt"
	"io"
	"strings"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// A check handed over from a shared kiosk to a customer's phone travels in
// the fragment of a link to the check screen, which never reaches a server:
// /check#import=<the file, deflated, base64url>.
const handoverPrefix = "import="

// maxQRBytes is what one QR code holds at error correction level M
// (version 40, byte mode).
const maxQRBytes = 2331

// handoverURL is the link that carries f to another device.
func handoverURL(origin string, f *standards.File) (string, error) {
	b, err := f.Encode()
	if err != nil {
		return "", err
	}
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write(b)
	w.Close()
	u := strings.TrimSuffix(origin, "/") + PathCheck + "#" + handoverPrefix + base64.RawURLEncoding.EncodeToString(z.Bytes())
	if len(u) > maxQRBytes {
		return "", fmt.Errorf("this check is too large for one QR code: download the file instead")
	}
	return u, nil
}

// handedOver reads a check from a link's fragment; ok is false when the
// fragment carries none.
func handedOver(fragment string) (f *standards.File, ok bool, err error) {
	data, found := strings.CutPrefix(fragment, handoverPrefix)
	if !found {
		return nil, false, nil
	}
	damaged := fmt.Errorf("the link is damaged: it may have been cut short")
	z, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil || len(z) == 0 {
		return nil, true, damaged
	}
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(z)), 1<<20))
	if err != nil {
		return nil, true, damaged
	}
	f, err = standards.Decode(b)
	return f, true, err
}
