package app

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// Storage keys.
const (
	keyCheck      = "selfcheck.v1"         // the self-check file, format version 1
	keySavedAt    = "selfcheck.savedAt"    // RFC 3339, when the check was last saved
	keyUnreadable = "selfcheck.unreadable" // a stored check that could not be read, kept aside
	keyDrafts     = "selfcheck.drafts"     // typed values not yet valid, by JSON path
)

// savedCheck is the check as the device holds it.
type savedCheck struct {
	File    *standards.File // never nil
	SavedAt time.Time       // zero when nothing is saved
	// Unreadable says why a stored check could not be read; the copy is kept
	// under keyUnreadable for the driver to download.
	Unreadable string
	// InPlace says the unreadable check could not be copied aside (the
	// storage is full), so it stays under keyCheck and nothing is saved
	// over it until the driver downloads or deletes it.
	InPlace bool
	// Problems are the stored file's correctable problems, for the form to
	// show (checkState.readWith).
	Problems []*standards.Problem
}

// errOldCheckInPlace is why nothing is saved while an unreadable check
// fills the storage.
var errOldCheckInPlace = errors.New("the check that could not be read fills this device's storage: download the old copy, then delete it, to save this one")

// loadCheck reads the saved check. A stored check that cannot be read
// (corrupt, or from a future version) never stops the app: it is moved
// aside, or left where it is when there is no room for the copy, and an
// empty check starts. It is never removed before its copy is kept.
func loadCheck(d store) savedCheck {
	text, ok, err := d.read(keyCheck)
	if err != nil {
		return savedCheck{File: &standards.File{}, Unreadable: err.Error()}
	}
	if !ok {
		return savedCheck{File: &standards.File{}}
	}
	f, problems := standards.Parse([]byte(text))
	if f == nil {
		why := problems[0].Error()
		if d.write(keyUnreadable, text) != nil {
			return savedCheck{File: &standards.File{}, Unreadable: why, InPlace: true}
		}
		d.remove(keyCheck)
		return savedCheck{File: &standards.File{}, Unreadable: why}
	}
	s := savedCheck{File: f, Problems: problems}
	if at, ok, _ := d.read(keySavedAt); ok {
		s.SavedAt, _ = time.Parse(time.RFC3339, at)
	}
	return s
}

// saveCheck stores f as the current check.
func saveCheck(d store, f *standards.File, now time.Time) error {
	b, err := f.Encode()
	if err != nil {
		return err
	}
	if err := d.write(keyCheck, string(b)); err != nil {
		return err
	}
	return d.write(keySavedAt, now.UTC().Format(time.RFC3339))
}

// unreadableKey is where the unreadable check is kept: aside, or in place.
func unreadableKey(inPlace bool) string {
	if inPlace {
		return keyCheck
	}
	return keyUnreadable
}

// unreadableCopy returns the unreadable check that was kept, if any.
func unreadableCopy(d store, inPlace bool) (string, bool) {
	text, ok, _ := d.read(unreadableKey(inPlace))
	return text, ok
}

// discardUnreadableCopy removes the unreadable check kept, once the driver
// has downloaded it or does not want it.
func discardUnreadableCopy(d store, inPlace bool) { d.remove(unreadableKey(inPlace)) }

// saveDrafts keeps what the driver typed that the file cannot hold yet (a
// letter in a size), so a reload shows it again with its problem.
func saveDrafts(d store, drafts map[string]string) error {
	if len(drafts) == 0 {
		d.remove(keyDrafts)
		return nil
	}
	b, err := json.Marshal(drafts)
	if err != nil {
		return err
	}
	return d.write(keyDrafts, string(b))
}

// loadDrafts returns the saved drafts; unreadable ones are dropped, as the
// file itself holds every valid answer.
func loadDrafts(d store) map[string]string {
	text, ok, _ := d.read(keyDrafts)
	drafts := map[string]string{}
	if ok && json.Unmarshal([]byte(text), &drafts) != nil {
		return map[string]string{}
	}
	return drafts
}
