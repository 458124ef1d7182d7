package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// store is where answers are kept. Values are stored as the text given, so
// the self-check file sits in storage exactly as it would be exported.
type store interface {
	read(key string) (text string, ok bool, err error)
	write(key, text string) error
	remove(key string)
}

// device is one of the browser's storage areas.
type device struct {
	storage string // "localStorage" or "sessionStorage"
}

var (
	// personal keeps answers on the device until the driver discards them.
	personal = device{storage: "localStorage"}
	// shared keeps answers only for this tab's visit: a showroom tablet
	// (kiosk mode=shared) writes nothing personal to lasting storage.
	shared = device{storage: "sessionStorage"}
)

// currentStore is where this visit's answers are kept.
func currentStore() store {
	if currentKiosk().Shared {
		return shared
	}
	return personal
}

// clear empties the storage area.
func (d device) clear() {
	var err error
	defer recoverInto(&err, "clearing "+d.storage)
	d.area().Call("clear")
}

func (d device) area() app.Value { return app.Window().Get(d.storage) }

// read returns the text stored under key.
func (d device) read(key string) (text string, ok bool, err error) {
	defer recoverInto(&err, "reading "+key)
	v := d.area().Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

// write stores text under key; a full or refused storage is an error.
func (d device) write(key, text string) (err error) {
	defer recoverInto(&err, "saving "+key)
	d.area().Call("setItem", key, text)
	return nil
}

func (d device) remove(key string) {
	var err error
	defer recoverInto(&err, "removing "+key)
	d.area().Call("removeItem", key)
}

// recoverInto turns a JavaScript exception (storage full, storage disabled)
// into an error.
func recoverInto(err *error, doing string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: the browser refused (%v)", doing, r)
	}
}
