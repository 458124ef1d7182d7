package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Photos are kept in IndexedDB (localStorage holds only text, and little):
// one record per photo, {name, jpeg: Blob, thumb: Blob, taken}, keyed by its
// file name. A shared kiosk keeps them in a database of its own, deleted by
// "Finish and clear" and the idle clear.
const (
	photoDB       = "selfcheck-photos"
	sharedPhotoDB = "selfcheck-photos-session"
	photoStore    = "photos"
)

func photoDBName() string {
	if currentKiosk().Shared {
		return sharedPhotoDB
	}
	return photoDB
}

// errStorageFull is why a photo was not kept when the browser refuses more.
var errStorageFull = errors.New("this device's storage is full")

// inPhotos runs ask on the photo store in a transaction (mode "readonly"
// or "readwrite"); done gets ask's request's result once the transaction
// has completed, or why it failed. done runs outside the UI's goroutine.
func inPhotos(mode string, ask func(store app.Value) app.Value, done func(result app.Value, err error)) {
	if err := openPhotos(mode, ask, done); err != nil {
		done(nil, err)
	}
}

func openPhotos(mode string, ask func(store app.Value) app.Value, done func(result app.Value, err error)) (err error) {
	defer recoverInto(&err, "opening the photo store")
	open := app.Window().Get("indexedDB").Call("open", photoDBName(), 1)
	var funcs []app.Func
	on := func(target app.Value, event string, fn func()) {
		f := app.FuncOf(func(app.Value, []app.Value) any { fn(); return nil })
		funcs = append(funcs, f)
		target.Set(event, f)
	}
	finish := func(result app.Value, err error) {
		for _, f := range funcs {
			f.Release()
		}
		done(result, err)
	}
	on(open, "onupgradeneeded", func() { open.Get("result").Call("createObjectStore", photoStore) })
	on(open, "onerror", func() { finish(nil, storeError(open.Get("error"))) })
	on(open, "onsuccess", func() {
		db := open.Get("result")
		tx := db.Call("transaction", photoStore, mode)
		req := ask(tx.Call("objectStore", photoStore))
		on(tx, "oncomplete", func() { db.Call("close"); finish(req.Get("result"), nil) })
		on(tx, "onabort", func() { db.Call("close"); finish(nil, storeError(tx.Get("error"))) })
	})
	return nil
}

// storeError turns a DOMException from IndexedDB into words.
func storeError(e app.Value) error {
	if !e.Truthy() {
		return errors.New("the browser refused to keep the photo")
	}
	if e.Get("name").String() == "QuotaExceededError" {
		return errStorageFull
	}
	return errors.New("the browser refused to keep the photo (" + e.Get("message").String() + ")")
}

// putPhoto stores rec under its name.
func putPhoto(rec app.Value, done func(error)) {
	inPhotos("readwrite", func(s app.Value) app.Value { return s.Call("put", rec, rec.Get("name")) },
		func(_ app.Value, err error) { done(err) })
}

// deletePhoto removes the photo called name.
func deletePhoto(name string, done func(error)) {
	inPhotos("readwrite", func(s app.Value) app.Value { return s.Call("delete", name) },
		func(_ app.Value, err error) { done(err) })
}

// allPhotos returns every record kept (an array).
func allPhotos(done func(records app.Value, err error)) {
	inPhotos("readonly", func(s app.Value) app.Value { return s.Call("getAll") }, done)
}

// photoBytes maps each record's name to its JPEG as the worker takes them
// ({name: Uint8Array}), read from the blobs; done gets it with the count.
func photoBytes(records app.Value, done func(photos app.Value)) {
	out := app.Window().Get("Object").New()
	n := records.Length()
	if n == 0 {
		done(out)
		return
	}
	left := n
	for i := 0; i < n; i++ {
		rec := records.Index(i)
		rec.Get("jpeg").Call("arrayBuffer").Then(func(buf app.Value) {
			out.Set(rec.Get("name").String(), app.Window().Get("Uint8Array").New(buf))
			if left--; left == 0 {
				done(out)
			}
		})
	}
}

// clearSharedPhotos deletes the shared kiosk's photo database.
func clearSharedPhotos() {
	var err error
	defer recoverInto(&err, "clearing the photos")
	app.Window().Get("indexedDB").Call("deleteDatabase", sharedPhotoDB)
}

// newRecord is a photo's record from the worker's reply.
func newRecord(name string, jpeg, thumb app.Value, taken string) app.Value {
	rec := app.Window().Get("Object").New()
	rec.Set("name", name)
	rec.Set("jpeg", jpegBlob(jpeg))
	rec.Set("thumb", jpegBlob(thumb))
	rec.Set("taken", taken)
	return rec
}

func jpegBlob(u8 app.Value) app.Value {
	parts := app.Window().Get("Array").New()
	parts.Call("push", u8)
	return app.Window().Get("Blob").New(parts, map[string]any{"type": "image/jpeg"})
}

// blobURL is a URL an img can show blob by.
func blobURL(blob app.Value) string {
	return app.Window().Get("URL").Call("createObjectURL", blob).String()
}

// withPhotos reads every photo kept for the worker ({name: Uint8Array});
// fn gets nil when want is false or the photos cannot be read (the PDF
// then says which are not on the device).
func withPhotos(want bool, fn func(photos app.Value)) {
	if !want {
		fn(nil)
		return
	}
	allPhotos(func(records app.Value, err error) {
		if err != nil {
			fn(nil)
			return
		}
		photoBytes(records, fn)
	})
}
