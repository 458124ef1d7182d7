//go:build wasm

package main

import "syscall/js"

func main() {
	js.Global().Set("selfcheckWorker", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || len(args) > 2 {
			return map[string]any{"error": "selfcheckWorker takes one request and its bytes"}
		}
		var in photoRequest
		if len(args) == 2 {
			in = readBytes(args[1])
		}
		r := handleWith([]byte(args[0].String()), in)
		if r.Error != "" {
			return map[string]any{"error": r.Error}
		}
		out := map[string]any{"svg": r.SVG, "url": r.URL, "file": r.File, "place": r.Place, "taken": r.Taken}
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
func readBytes(v js.Value) photoRequest {
	var in photoRequest
	if !v.Truthy() {
		return in
	}
	if b := v.Get("bytes"); b.Truthy() {
		in.Bytes = fromJS(b)
	}
	if p := v.Get("photos"); p.Truthy() {
		names := js.Global().Get("Object").Call("keys", p)
		in.Photos = make(map[string][]byte, names.Length())
		for i := range names.Length() {
			n := names.Index(i).String()
			in.Photos[n] = fromJS(p.Get(n))
		}
	}
	return in
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
