//go:build wasm

// Command worker makes PDFs in a Web Worker beside the app (see
// web/pdf-worker.js), so the app's own wasm does not carry fpdf and stays
// quick to load. It registers selfcheckPDF(requestJSON), which returns
// {bytes: Uint8Array} or {error: string}.
package main

import (
	"syscall/js"

	"github.com/smart-selfcheck/selfcheck/pdf"
)

func main() {
	js.Global().Set("selfcheckPDF", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 1 {
			return map[string]any{"error": "selfcheckPDF takes one request"}
		}
		b, err := pdf.Make([]byte(args[0].String()))
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		u8 := js.Global().Get("Uint8Array").New(len(b))
		js.CopyBytesToJS(u8, b)
		return map[string]any{"bytes": u8}
	}))
	select {}
}
