package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The rules packages stay pure Go: they run in the browser and on the command
// line alike, and never touch the UI, the browser or the PDF library.
func TestRulesPackagesImportNoUIBrowserOrPDF(t *testing.T) {
	forbidden := []string{"github.com/maxence-charriere/go-app", "syscall/js", "fpdf"}
	// Under GOOS=js the standard library itself uses syscall/js, so there
	// only the packages outside it, and what they import directly, count.
	const outsideStd = `{{if not .Standard}}{{.ImportPath}} {{join .Imports " "}}{{end}}`
	for _, pkg := range []string{"./standards", "./cover", "./gazetteer", "./date", "./field", "./workerapi"} {
		for _, goos := range []string{"", "js"} {
			cmd := exec.Command("go", "list", "-deps", pkg)
			if goos == "js" {
				cmd = exec.Command("go", "list", "-deps", "-f", outsideStd, pkg)
				cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
			}
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			for _, dep := range strings.Fields(string(out)) {
				for _, f := range forbidden {
					assert.NotContains(t, dep, f, "%s (GOOS=%s) imports %s", pkg, goos, dep)
				}
			}
		}
	}
}

// Test-only libraries stay out of the browser build, and so do the large
// ones the worker (worker/) runs beside the app: fpdf, QR codes and the
// gazetteer's data.
func TestBrowserBuildLeavesOutTestAndWorkerLibraries(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	for _, lib := range []string{"testify", "phonenumbers", "chromedp", "brotli", "fpdf", "barcode", "selfcheck/gazetteer"} {
		assert.NotContains(t, string(out), lib)
	}
	// Photos are decoded, resized and zipped in the worker (issue 15).
	for _, pkg := range strings.Fields(string(out)) {
		for _, heavy := range []string{"image/jpeg", "image/png", "archive/zip", "github.com/smart-selfcheck/selfcheck/evidence"} {
			assert.NotEqual(t, heavy, pkg, "the browser build links %s", pkg)
		}
	}
}
