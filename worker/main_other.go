//go:build !wasm

package main

import (
	"fmt"
	"os"
)

// The worker only runs in the browser; its logic is tested natively.
func main() {
	fmt.Fprintln(os.Stderr, "worker runs in the browser: build it with GOOS=js GOARCH=wasm (make wasm)")
	os.Exit(2)
}
