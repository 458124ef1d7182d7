// Package pdf makes the printable documents: the return checklist, the
// contact sheet and the to-scale tester card, as one A4 PDF made with fpdf.
// It runs in the browser and in the native pdf command alike.
package pdf
