//go:build wasm

package main

import "syscall/js"

func main() {
	js.Global().Set("selfcheckWorker", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 1 {
			return map[string]any{"error": "selfcheckWorker takes one request"}
		}
		r := handle([]byte(args[0].String()))
		if r.Error != "" {
			return map[string]any{"error": r.Error}
		}
		out := map[string]any{"svg": r.SVG, "url": r.URL, "file": r.File, "place": r.Place}
		if r.Bytes != nil {
			u8 := js.Global().Get("Uint8Array").New(len(r.Bytes))
			js.CopyBytesToJS(u8, r.Bytes)
			out["bytes"] = u8
		}
		return out
	}))
	select {}
}
