//go:build wasm

package main

import (
	"syscall/js"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

func main() {
	js.Global().Set("selfcheckWorker", js.FuncOf(func(_ js.Value, args []js.Value) any {
		r := workerapi.Reply{Error: "selfcheckWorker takes one request"}
		if len(args) == 1 {
			r = handle([]byte(args[0].String()))
		}
		b, err := workerapi.EncodeReply(r)
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		out := map[string]any{"reply": string(b)}
		if r.Bytes != nil {
			u8 := js.Global().Get("Uint8Array").New(len(r.Bytes))
			js.CopyBytesToJS(u8, r.Bytes)
			out["bytes"] = u8
		}
		return out
	}))
	select {}
}
