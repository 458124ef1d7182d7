package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// maxQRBytes is what one QR code holds at error correction level M
// (version 40, byte mode).
const maxQRBytes = 2331

var (
	errTooLarge = errors.New("this check is too large for one QR code: download the file instead")
	errDamaged  = errors.New("the link is damaged: it may have been cut short")
)

// pack is the link that carries a self-check file to another device. The
// file travels whole, only without spaces: a value to correct ("sizeMm":
// "big") reaches the phone, which shows it beside its field, as an import
// does.
func pack(origin string, file []byte) (string, error) {
	if _, err := readCheck(file); err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := json.Compact(&b, bytes.TrimPrefix(file, []byte("\ufeff"))); err != nil {
		return "", err
	}
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write(b.Bytes())
	w.Close()
	u := strings.TrimSuffix(origin, "/") + workerapi.HandoverPath + "#" + workerapi.HandoverPrefix + base64.RawURLEncoding.EncodeToString(z.Bytes())
	if len(u) > maxQRBytes {
		return "", errTooLarge
	}
	return u, nil
}

// unpack reads the self-check file from a link's fragment; ok is false
// when the fragment carries none.
func unpack(fragment string) (file []byte, ok bool, err error) {
	data, found := strings.CutPrefix(fragment, workerapi.HandoverPrefix)
	if !found {
		return nil, false, nil
	}
	z, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil || len(z) == 0 {
		return nil, true, errDamaged
	}
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(z)), 1<<20))
	if err != nil {
		return nil, true, errDamaged
	}
	if _, err := readCheck(b); err != nil {
		return nil, true, err
	}
	return b, true, nil
}
