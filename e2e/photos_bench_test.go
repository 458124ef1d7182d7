//go:build e2e

package e2e

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkPhotoThumbnail times adding a 4000×3000 camera JPEG to a
// finding until its thumbnail shows: reading the file, resizing in the
// worker (decode, shrink, encode twice), storing in IndexedDB, rendering.
// The worker is loaded before the first photo.
func BenchmarkPhotoThumbnail(b *testing.B) {
	s := serveSite(b)
	tb := newTabFor(b, s.URL, 10*time.Minute)
	tb.open(b, "/", "What do you need?")
	tb.js(b, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, dentCheck))
	tb.open(b, "/check?step=body", "Return check")
	path := cameraPhoto(b, 4000, 3000, time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC))
	tb.attach(b, 0, path) // loads the worker
	tb.waitJS(b, thumbsShown(0)+` === 1`, "the first thumbnail")
	b.ResetTimer()
	for i := range b.N {
		tb.attach(b, 0, path)
		tb.waitJS(b, fmt.Sprintf(`%s === %d`, thumbsShown(0), i+2), "the thumbnail")
	}
}
