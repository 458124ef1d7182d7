package standards

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/smart-selfcheck/selfcheck/photo"
)

// MaxPhotosPerFinding bounds a finding's close-ups: two or three show a
// dent with the tester card beside it.
const MaxPhotosPerFinding = 20

// A photo's place is in the file's top-level photoPlaces, by file name, for
// close-ups and overview shots alike:
// "photoPlaces": {"dent-1.jpg": {"lat": 51.5072, "lon": -0.1276, "accuracyM": 12}}.
// A photo taken without the driver's leave to read the location has none.

// ShotPhoto is one guided overview shot in the file's top-level photos
// list: {"shot": "front", "file": "front.jpg", "taken": "2026-05-01T10:20:00Z"},
// or {"shot": "rear", "skipped": true} for a shot the driver skipped.
type ShotPhoto struct {
	Shot    string    // a guided shot's id (photo.Shots)
	File    string    // the photo's name in the archive's photos/
	Taken   time.Time // when the photo was taken; zero when not known
	Skipped bool      // the driver skipped the shot: no file
}

// PhotoNames lists every photo the file names, overview shots first, then
// the findings' close-ups, each once.
func (f *File) PhotoNames() []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, s := range f.Photos {
		add(s.File)
	}
	for i := range f.Findings {
		for _, n := range f.Findings[i].Photos {
			add(n)
		}
	}
	return names
}

// ShotsTaken returns the ids of the guided shots with a photo; a skipped
// shot is not among them (photo.Progress counts them).
func (f *File) ShotsTaken() []string {
	var ids []string
	for _, s := range f.Photos {
		if s.File != "" && !s.Skipped {
			ids = append(ids, s.Shot)
		}
	}
	return ids
}

// photoNames reads a finding's photos: a list of file names.
func (r *reader) photoNames(m map[string]json.RawMessage, path string) []string {
	raw, ok := take(m, "photos")
	if !ok {
		return nil
	}
	list := r.list(raw, path+".photos")
	if len(list) > MaxPhotosPerFinding {
		r.refuse(path+".photos", "must list at most %d photos, not %d", MaxPhotosPerFinding, len(list))
		return nil
	}
	names := make([]string, 0, len(list))
	for i, raw := range list {
		p := fmt.Sprintf("%s.photos[%d]", path, i)
		n := r.unquote(raw, p, "must be a photo's file name in quotes, such as \"dent-1.jpg\"")
		if problem := photo.NameProblem(n); problem != "" {
			r.fail(p, "", "%s", problem)
			continue
		}
		names = append(names, n)
	}
	return names
}

// shotPhotos reads the file's top-level photos list, the overview shots.
func (r *reader) shotPhotos(top map[string]json.RawMessage) []ShotPhoto {
	list := r.objects(top, "photos")
	if list == nil {
		return nil
	}
	if len(list) > len(photo.Shots) {
		r.refuse("photos", "must list at most the %d overview shots, not %d", len(photo.Shots), len(list))
		return nil
	}
	shots := make([]ShotPhoto, 0, len(list))
	seen := map[string]bool{}
	for i, m := range list {
		if m == nil {
			continue
		}
		p := fmt.Sprintf("photos[%d]", i)
		var s ShotPhoto
		s.Shot = r.text(m, "shot", p+".shot")
		if _, ok := photo.ShotByID(s.Shot); !ok {
			r.fail(p+".shot", "", "must be one of the overview shots (%s), not %q", shotIDs(), short(s.Shot))
		} else if seen[s.Shot] {
			r.fail(p+".shot", "", "%q is listed twice", s.Shot)
		}
		seen[s.Shot] = true
		s.File = r.text(m, "file", p+".file")
		if b := r.boolean(m, "skipped", p+".skipped"); b != nil {
			s.Skipped = *b
		}
		if at := r.text(m, "taken", p+".taken"); at != "" {
			t, err := time.Parse(time.RFC3339, at)
			if err != nil {
				r.fail(p+".taken", "", "must be a time in the form YYYY-MM-DDThh:mm:ssZ, not %q", short(at))
			}
			s.Taken = t
		}
		switch problem := photo.NameProblem(s.File); {
		case s.Skipped && s.File != "":
			r.fail(p+".file", "", "a skipped shot has no photo")
		case !s.Skipped && problem != "":
			r.fail(p+".file", "", "%s", problem)
		}
		shots = append(shots, s)
	}
	return shots
}

// photoPlaces reads where the photos were taken; each names one of the
// file's photos (names).
func (r *reader) photoPlaces(top map[string]json.RawMessage, names []string) map[string]photo.Place {
	raw, ok := take(top, "photoPlaces")
	if !ok {
		return nil
	}
	m := r.object(raw, "photoPlaces")
	if m == nil {
		return nil
	}
	places := map[string]photo.Place{}
	for _, name := range sortedKeys(m) {
		p := fmt.Sprintf("photoPlaces[%q]", name)
		o := r.object(m[name], p)
		if o == nil {
			continue
		}
		if !slices.Contains(names, name) {
			r.fail(p, "", "names no photo of this check")
			continue
		}
		lat, lon := r.number(o, "lat", p+".lat"), r.number(o, "lon", p+".lon")
		switch {
		case lat == nil:
			r.fail(p+".lat", "", "must be given, with lon: where the photo was taken")
			continue
		case lon == nil:
			r.fail(p+".lon", "", "must be given, with lat: where the photo was taken")
			continue
		}
		pl := photo.Place{Lat: *lat, Lon: *lon}
		if acc := r.number(o, "accuracyM", p+".accuracyM"); acc != nil {
			pl.AccuracyM = *acc
		}
		if field, problem := pl.Problem(); problem != "" {
			r.fail(p+"."+field, "", "%s", problem)
			continue
		}
		places[name] = pl
	}
	return places
}

// encodePlaces adds where the photos the file names were taken, in the
// order they are named.
func (f *File) encodePlaces(o *object) {
	var places object
	for _, name := range f.PhotoNames() {
		pl, ok := f.PhotoPlaces[name]
		if !ok {
			continue
		}
		var po object
		po.add("lat", pl.Lat)
		po.add("lon", pl.Lon)
		if pl.AccuracyM > 0 {
			po.add("accuracyM", pl.AccuracyM)
		}
		places.add(name, po.close(nil))
	}
	if places.buf.Len() > 0 {
		o.add("photoPlaces", places.close(nil))
	}
}

func shotIDs() string {
	ids := make([]string, len(photo.Shots))
	for i, s := range photo.Shots {
		ids[i] = s.ID
	}
	return strings.Join(ids, ", ")
}

// encodePhotos adds a finding's photos.
func (fd *Finding) encodePhotos(o *object) {
	if len(fd.Photos) > 0 {
		o.add("photos", fd.Photos)
	}
}

// encodePhotos adds the file's overview shots.
func (f *File) encodePhotos(o *object) {
	if len(f.Photos) == 0 {
		return
	}
	list := make([]json.RawMessage, len(f.Photos))
	for i, s := range f.Photos {
		var so object
		so.add("shot", s.Shot)
		so.text("file", s.File)
		if !s.Taken.IsZero() {
			so.add("taken", s.Taken.UTC().Format(time.RFC3339))
		}
		if s.Skipped {
			so.add("skipped", true)
		}
		list[i] = so.close(nil)
	}
	o.add("photos", list)
}
