package cli

import (
	"fmt"

	"github.com/smart-selfcheck/selfcheck/evidence"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// unpackArchive returns the self-check file in b and its photos by name when
// b is an archive (a zip of selfcheck.json and photos/NAME.jpg); a plain
// self-check file is returned as it is, with no photos.
func unpackArchive(name string, b []byte) ([]byte, map[string][]byte, error) {
	if !evidence.IsArchive(b) {
		return b, nil, nil
	}
	a, err := evidence.Read(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", name, err)
	}
	photos := make(map[string][]byte, len(a.Photos))
	for _, p := range a.Photos {
		photos[p.Name] = p.JPEG
	}
	return a.Check, photos, nil
}

// missingPhoto refuses an archive whose check names a photo it does not
// hold: evidence with a photo missing must not pass as complete. A plain
// self-check file (photos nil) holds none and names them only.
func missingPhoto(name string, f *standards.File, photos map[string][]byte) error {
	if photos == nil {
		return nil
	}
	for _, n := range f.PhotoNames() {
		if _, ok := photos[n]; !ok {
			return fmt.Errorf("%s: the archive does not hold the photo %s that its check names", name, n)
		}
	}
	return nil
}
