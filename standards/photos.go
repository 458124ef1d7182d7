package standards

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/smart-selfcheck/selfcheck/photo"
)

// MaxPhotosPerFinding bounds a finding's close-ups: two or three show a
// dent with the tester card beside it.
const MaxPhotosPerFinding = 20

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
