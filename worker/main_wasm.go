//go:build wasm

package main

import (
	"syscall/js"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

func main() {
	js.Global().Set("selfcheckWorker", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || len(args) > 2 {
			return map[string]any{"error": "selfcheckWorker takes one request and its bytes"}
		}
		var bytes []byte
		var photos map[string][]byte
		if len(args) == 2 {
			bytes, photos = readBytes(args[1])
		}
		r := handleWith([]byte(args[0].String()), bytes, photos)
		b, err := workerapi.EncodeReply(r)
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		out := map[string]any{"reply": string(b)}
		if r.Bytes != nil {
			out["bytes"] = toJS(r.Bytes)
		}
		if r.Thumb != nil {
			out["thumb"] = toJS(r.Thumb)
		}
		if r.Photos != nil {
			list := make([]any, len(r.Photos))
			for i, p := range r.Photos {
				list[i] = map[string]any{"name": p.Name, "bytes": toJS(p.JPEG), "thumb": toJS(p.Thumb), "taken": p.Taken}
			}
			out["photos"] = list
		}
		return out
	}))
	select {}
}

// readBytes reads {bytes: Uint8Array, photos: {name: Uint8Array}}.
func readBytes(v js.Value) (bytes []byte, photos map[string][]byte) {
	if !v.Truthy() {
		return nil, nil
	}
	if b := v.Get("bytes"); b.Truthy() {
		bytes = fromJS(b)
	}
	if p := v.Get("photos"); p.Truthy() {
		names := js.Global().Get("Object").Call("keys", p)
		photos = make(map[string][]byte, names.Length())
		for i := range names.Length() {
			n := names.Index(i).String()
			photos[n] = fromJS(p.Get(n))
		}
	}
	return bytes, photos
}

func fromJS(u8 js.Value) []byte {
	b := make([]byte, u8.Length())
	js.CopyBytesToGo(b, u8)
	return b
}

func toJS(b []byte) js.Value {
	u8 := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	return u8
}
