package main

import (
	"bytes"
	"fmt"

	"github.com/smart-selfcheck/selfcheck/evidence"
	"github.com/smart-selfcheck/selfcheck/photo"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// exportArchive writes the check and the photos it names into one file.
// A photo the check names that the device no longer holds is an error: an
// archive is evidence, and one with a photo missing must not look complete.
func exportArchive(r workerapi.Request) ([]byte, error) {
	f, err := readCheck([]byte(r.File))
	if err != nil {
		return nil, err
	}
	var photos []evidence.Photo
	for _, n := range f.PhotoNames() {
		b, ok := r.Photos[n]
		if !ok {
			return nil, fmt.Errorf("the photo %s is not on this device any more: remove it from the check, or take it again", n)
		}
		photos = append(photos, evidence.Photo{Name: n, JPEG: b})
	}
	var out bytes.Buffer
	err = evidence.Write(&out, []byte(r.File), photos)
	return out.Bytes(), err
}

// importArchive reads an archive: its check, checked as an import is, and
// its photos, each the check names, with their thumbnails.
func importArchive(r workerapi.Request) (workerapi.Reply, error) {
	a, err := evidence.Read(r.Bytes)
	if err != nil {
		return workerapi.Reply{}, err
	}
	f, err := readCheck(a.Check)
	if err != nil {
		return workerapi.Reply{}, fmt.Errorf("%s in the archive: %v", evidence.CheckName, err)
	}
	if missing := evidence.Missing(f.PhotoNames(), a.Photos); len(missing) > 0 {
		return workerapi.Reply{}, fmt.Errorf("the archive does not hold the photo %s that its check names", missing[0])
	}
	out := workerapi.Reply{File: string(a.Check)}
	for _, p := range a.Photos {
		thumb, err := thumbOf(p.JPEG)
		if err != nil {
			return workerapi.Reply{}, fmt.Errorf("the archive's photos/%s: is damaged (%v)", p.Name, err)
		}
		k := workerapi.KeptPhoto{Name: p.Name, JPEG: p.JPEG, Thumb: thumb}
		if t, ok := photo.Taken(p.JPEG, nil); ok {
			k.Taken = t.UTC().Format("2006-01-02T15:04:05Z07:00")
		}
		out.Photos = append(out.Photos, k)
	}
	return out, nil
}
