// Package evidence is the file that carries a check and its photos away
// from the device: a zip holding selfcheck.json (the version 1 self-check
// file) and photos/NAME.jpg. Read checks an archive against limits before
// anything of it is used, so a corrupt or hostile file gets one clear
// message naming the problem and changes nothing; Write is deterministic
// (same check, same photos: same bytes). It runs in the worker and the
// commands, never in app.wasm (archive/zip and image/jpeg stay out of it).
package evidence

import (
	"archive/zip"
	"bytes"
	"fmt"
	"image/jpeg"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/smart-selfcheck/selfcheck/photo"
)

// CheckName is the self-check file's name in the archive; photos are under
// PhotosDir.
const (
	CheckName = "selfcheck.json"
	PhotosDir = "photos/"
)

// Limits a real check's archive never reaches. Photos are stored resized
// (longest side 1,600 px, JPEG quality 80: 200–700 KB each).
const (
	// MaxArchiveBytes bounds the archive, and what it holds once
	// uncompressed (a small archive can unpack to gigabytes): 200 photos
	// as the app keeps them are under 80 MB.
	MaxArchiveBytes = 100 << 20
	// MaxPhotos bounds the photos in one archive: 15 overview shots and a
	// few close-ups for each of dozens of findings.
	MaxPhotos = 200
	// MaxPhotoBytes bounds one photo; the app's are under 1 MB.
	MaxPhotoBytes = 8 << 20
	// MaxPixels bounds a photo's width and height each.
	MaxPixels = 8000
	// maxCheckBytes is the self-check file's own limit (standards.MaxFileBytes).
	maxCheckBytes = 1 << 20
)

// modified is every entry's time, so the same check makes the same bytes;
// the photos' own times are in selfcheck.json.
var modified = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Photo is one photo in the archive: its file name (photo.NameProblem
// holds for it) and its JPEG bytes.
type Photo struct {
	Name string
	JPEG []byte
}

// Archive is an archive's content.
type Archive struct {
	Check  []byte  // selfcheck.json as it was in the archive
	Photos []Photo // by name
}

// Problem is what is wrong with an archive, in words naming the entry.
type Problem struct {
	Entry   string // the entry at fault, "" for the whole archive
	Problem string
}

func (p *Problem) Error() string {
	if p.Entry == "" {
		return "the archive " + p.Problem
	}
	return "the archive's " + p.Entry + ": " + p.Problem
}

func fail(entry, format string, args ...any) *Problem {
	return &Problem{Entry: entry, Problem: fmt.Sprintf(format, args...)}
}

// IsArchive says whether b starts like a zip, to tell an archive from a
// plain self-check file (JSON).
func IsArchive(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }

// Read reads an archive, refusing it whole at the first problem.
func Read(b []byte) (*Archive, error) {
	if len(b) > MaxArchiveBytes {
		return nil, fail("", "is larger than %d MB: a check's photos are never that large", MaxArchiveBytes>>20)
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fail("", "is not a readable zip file (%v)", err)
	}
	if len(z.File) > MaxPhotos+1 {
		return nil, fail("", "has %d entries: at most %d photos and the check", len(z.File), MaxPhotos)
	}
	a := &Archive{}
	seen := map[string]bool{}
	total := 0 // bytes unpacked so far
	readEntry := func(e *zip.File, limit int) ([]byte, error) {
		if total+int(min(e.UncompressedSize64, uint64(MaxArchiveBytes))) > MaxArchiveBytes {
			return nil, fail("", "unpacks to more than %d MB: a check's photos are never that large", MaxArchiveBytes>>20)
		}
		b, err := readEntry(e, min(limit, MaxArchiveBytes-total))
		total += len(b)
		return b, err
	}
	for _, e := range z.File {
		name := e.Name
		if name == "photos/" || strings.HasPrefix(name, "__MACOSX/") || strings.HasSuffix(name, "/.DS_Store") || name == ".DS_Store" {
			continue // a folder, or what macOS adds when it zips
		}
		if outside(name) {
			return nil, fail(name, "is a path outside the archive: it is not a self-check archive")
		}
		if seen[name] {
			return nil, fail(name, "is in the archive twice")
		}
		seen[name] = true
		switch base, isPhoto := strings.CutPrefix(name, PhotosDir); {
		case name == CheckName:
			if a.Check, err = readEntry(e, maxCheckBytes); err != nil {
				return nil, err
			}
		case isPhoto:
			if p := photo.NameProblem(base); p != "" {
				return nil, fail(name, "%s", p)
			}
			data, err := readEntry(e, MaxPhotoBytes)
			if err != nil {
				return nil, err
			}
			if err := imageProblem(name, data); err != nil {
				return nil, err
			}
			a.Photos = append(a.Photos, Photo{Name: base, JPEG: data})
		default:
			return nil, fail(name, "is not part of a self-check archive, which holds %s and %sNAME.jpg", CheckName, PhotosDir)
		}
	}
	if a.Check == nil {
		return nil, fail("", "holds no %s: it is not a self-check archive", CheckName)
	}
	slices.SortFunc(a.Photos, func(x, y Photo) int { return strings.Compare(x.Name, y.Name) })
	return a, nil
}

// outside says whether an entry's name would land outside the folder it is
// unpacked into: absolute, with a drive, or going up.
func outside(name string) bool {
	n := strings.ReplaceAll(name, `\`, "/")
	if strings.HasPrefix(n, "/") || len(n) >= 2 && n[1] == ':' {
		return true
	}
	return slices.Contains(strings.Split(n, "/"), "..")
}

// readEntry reads an entry of at most limit bytes, whatever its header says.
func readEntry(e *zip.File, limit int) ([]byte, error) {
	if e.UncompressedSize64 > uint64(limit) {
		return nil, fail(e.Name, "is larger than %s: too big for a self-check archive", sizeText(limit))
	}
	r, err := e.Open()
	if err != nil {
		return nil, fail(e.Name, "cannot be read (%v)", err)
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fail(e.Name, "is damaged (%v)", err)
	}
	if len(b) > limit {
		return nil, fail(e.Name, "is larger than %s: too big for a self-check archive", sizeText(limit))
	}
	return b, nil
}

// imageProblem checks that b is a JPEG of a size a photo has.
func imageProblem(name string, b []byte) error {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
	switch {
	case err != nil:
		return fail(name, "is not a JPEG image")
	case cfg.Width < 1 || cfg.Height < 1 || cfg.Width > MaxPixels || cfg.Height > MaxPixels:
		return fail(name, "is %d×%d pixels: a photo is at most %d pixels each way", cfg.Width, cfg.Height, MaxPixels)
	}
	return nil
}

func sizeText(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// Write writes the archive: the check first, compressed, then the photos by
// name, stored as they are (JPEG does not compress further).
func Write(w io.Writer, check []byte, photos []Photo) error {
	sorted := slices.Clone(photos)
	slices.SortFunc(sorted, func(x, y Photo) int { return strings.Compare(x.Name, y.Name) })
	for i, p := range sorted {
		if problem := photo.NameProblem(p.Name); problem != "" {
			return fail(PhotosDir+p.Name, "%s", problem)
		}
		if i > 0 && sorted[i-1].Name == p.Name {
			return fail(PhotosDir+p.Name, "is given twice")
		}
	}
	z := zip.NewWriter(w)
	put := func(name string, method uint16, b []byte) error {
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: modified})
		if err == nil {
			_, err = f.Write(b)
		}
		return err
	}
	if err := put(CheckName, zip.Deflate, check); err != nil {
		return err
	}
	for _, p := range sorted {
		if err := put(PhotosDir+p.Name, zip.Store, p.JPEG); err != nil {
			return err
		}
	}
	return z.Close()
}

// Missing returns the names used that the photos do not include, in order.
func Missing(used []string, photos []Photo) []string {
	var missing []string
	for _, n := range used {
		if !slices.ContainsFunc(photos, func(p Photo) bool { return p.Name == n }) && !slices.Contains(missing, n) {
			missing = append(missing, n)
		}
	}
	return missing
}
