//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/evidence"
	"github.com/smart-selfcheck/selfcheck/photo"
)

// dentCheck is a saved check with one dent, to photograph.
const dentCheck = `{"format":"smart-selfcheck","version":1,
 "vehicle":{"powertrain":"petrol","registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14"},
 "findings":[{"kind":"body.dent","location":"left door","sizeMm":10}]}`

// cameraPhoto writes a w×h JPEG, as a phone's camera makes one (with the
// time it was taken in EXIF), and returns its path.
func cameraPhoto(t testing.TB, w, h int, taken time.Time) string {
	t.Helper()
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Y[y*img.YStride+x] = uint8((x/40+y/40)%2*120 + 60)
		}
	}
	for i := range img.Cb {
		img.Cb[i], img.Cr[i] = 110, 150
	}
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}))
	path := filepath.Join(t.TempDir(), fmt.Sprintf("IMG_%dx%d.jpg", w, h))
	require.NoError(t, os.WriteFile(path, photo.WithTaken(b.Bytes(), taken), 0o644))
	return path
}

// onCheck opens a fresh tab with check saved on the device, then the check
// screen at path.
func onCheck(t testing.TB, check, path string) (*site, *tab) {
	t.Helper()
	s := serveSite(t)
	tb := newTabFor(t, s.URL, 2*time.Minute)
	tb.open(t, "/", "What do you need?")
	tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, check))
	tb.open(t, path, "Return check")
	return s, tb
}

// attach picks the photo at path in the finding's "Take a photo" input.
func (tb *tab) attach(t testing.TB, finding int, path string) {
	t.Helper()
	sel := fmt.Sprintf("#finding-%d .photo-input", finding)
	tb.waitJS(t, fmt.Sprintf(`!!document.querySelector(%q)`, sel), sel)
	tb.run(t, chromedp.SetUploadFiles(sel, []string{path}, chromedp.ByQuery))
}

// thumbsShown is how many thumbnails of finding i have loaded.
func thumbsShown(i int) string {
	return fmt.Sprintf(`[...document.querySelectorAll("#finding-%d .photo-thumb img")].filter(i => i.complete && i.naturalWidth > 0).length`, i)
}

// TestPhotoOnAFinding takes a photo of a dent, finds its thumbnail, reloads
// offline and finds it again, opens it full screen, deletes it (asked
// first) and undoes that, and prints the PDF with it.
func TestPhotoOnAFinding(t *testing.T) {
	s := serveSite(t)
	tb := newTabFor(t, s.URL, 3*time.Minute)
	d := captureDownloads(t, tb)
	tb.open(t, "/", "What do you need?")
	tb.waitOfflineReady(t)
	tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, dentCheck))
	tb.open(t, "/check?step=body", "Return check")
	tb.waitText(t, "#finding-0", "Hold the tester card or a ruler beside the damage.")
	var capture string
	tb.run(t, chromedp.Evaluate(`document.querySelector("#finding-0 .photo-input").getAttribute("capture") + " " +
		document.querySelector("#finding-0 .photo-input").accept`, &capture))
	assert.Equal(t, "environment image/*", capture, "the first button opens the rear camera")

	taken := time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)
	tb.attach(t, 0, cameraPhoto(t, 4000, 3000, taken))
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail")
	tb.waitJS(t, `localStorage.getItem("selfcheck.v1").includes('"dent-1.jpg"')`, "the photo named in the saved check")
	assert.Contains(t, tb.text(t, "#finding-0"), "Photos on this device: 0.")
	tb.screenshot(t, "photos-finding")
	tb.requireNoSidewaysScroll(t, "a finding with a photo")
	var stored string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1").length < 2000 ? "text only" : "photo in localStorage"`, &stored))
	assert.Equal(t, "text only", stored, "photos never go into localStorage")

	// Offline: the phone loses signal and the page is reloaded.
	s.Stop()
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "Return check")
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail after an offline reload")

	// Full screen, delete (asked first), undo.
	tb.js(t, `document.querySelector("#finding-0 .photo-thumb").click()`)
	tb.waitJS(t, `(() => { const i = document.querySelector(".photo-view img"); return i && i.complete && i.naturalWidth === 1600 })()`,
		"the photo full screen, 1,600 px wide")
	tb.waitText(t, ".photo-view", "Taken 1 May 2026")
	tb.screenshot(t, "photos-full-screen")
	tb.click(t, ".photo-view button", "Delete photo")
	tb.waitText(t, ".photo-view", "Delete this photo from the check and the device?")
	tb.screenshot(t, "photos-delete-asked")
	tb.clickID(t, "photo-delete")
	tb.waitJS(t, `!localStorage.getItem("selfcheck.v1").includes("dent-1.jpg")`, "the photo off the saved check")
	tb.waitText(t, ".notice-undo", "Photo deleted.")
	tb.screenshot(t, "photos-deleted-undo")
	tb.clickID(t, "photo-undo")
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail put back")
	tb.waitJS(t, `localStorage.getItem("selfcheck.v1").includes('"dent-1.jpg"')`, "the photo back in the saved check")

	// The PDF, offline, carries it beside the finding and on its page.
	tb.openStep(t, "summary", "Summary")
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail on the summary")
	tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	tb.js(t, `document.querySelector(".pdf-download-button").click()`)
	_, pdf := d.wait(t)
	path := filepath.Join(t.TempDir(), "check.pdf")
	require.NoError(t, os.WriteFile(path, pdf, 0o644))
	list, err := exec.Command("pdfimages", "-list", path).CombinedOutput()
	require.NoError(t, err, "pdfimages (poppler-utils): %s", list)
	rows := strings.Split(strings.TrimSpace(string(list)), "\n")[2:]
	require.Len(t, rows, 2, "the photo beside the finding and on its page:\n%s", list)
	for _, r := range rows {
		assert.Regexp(t, `\s1600\s+1200\s+rgb\s+3\s+8\s+jpeg`, r)
	}
	text, err := exec.Command("pdftotext", path, "-").CombinedOutput()
	require.NoError(t, err)
	assert.Contains(t, string(text), "Dent, left door · Borderline: have it looked at")
	assert.Contains(t, string(text), "Taken 1 May 2026 at 10:20 UTC · dent-1.jpg")
	requireClean(t, tb)

	// Export with the photo, then import on a fresh profile.
	d.reset()
	tb.clickID(t, "export")
	name, archive := d.wait(t)
	assert.Equal(t, "smart-selfcheck-AB19CDE-"+time.Now().Format("2006-01-02")+".zip", name)
	a, err := evidence.Read(archive)
	require.NoError(t, err, "the archive reads back")
	assert.Contains(t, string(a.Check), `"dent-1.jpg"`)
	require.Len(t, a.Photos, 1)
	assert.Equal(t, "dent-1.jpg", a.Photos[0].Name)
	zipPath := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(zipPath, archive, 0o644))
	importOnAFreshProfile(t, zipPath)
}

// importOnAFreshProfile imports the archive at path where nothing is kept
// and finds its photo.
func importOnAFreshProfile(t *testing.T, path string) {
	t.Helper()
	s := serveSite(t)
	fresh := newTabFor(t, s.URL, 2*time.Minute)
	fresh.open(t, "/check?step=summary", "Return check")
	fresh.waitJS(t, `!!document.getElementById("import")`, "the import field")
	fresh.run(t, chromedp.SetUploadFiles("#import", []string{path}, chromedp.ByID))
	fresh.waitJS(t, `(localStorage.getItem("selfcheck.v1") || "").includes('"dent-1.jpg"')`, "the imported check")
	fresh.waitJS(t, `!!document.querySelector("#finding-0 .photo-thumb")`, "the imported finding's photo")
	fresh.waitJS(t, thumbsShown(0)+` === 1 || !!document.querySelector(".field-problem")`, "the imported photo's thumbnail")
	fresh.screenshot(t, "photos-imported")
	require.Equal(t, "", fresh.text(t, ".field-problem"))
	requireClean(t, fresh)
}

// TestImportArchive imports an archive made by the evidence package.
func TestImportArchive(t *testing.T) {
	var jpg bytes.Buffer
	require.NoError(t, jpeg.Encode(&jpg, image.NewGray(image.Rect(0, 0, 640, 480)), nil))
	var b bytes.Buffer
	require.NoError(t, evidence.Write(&b, []byte(strings.Replace(dentCheck, `"sizeMm":10`, `"sizeMm":10,"photos":["dent-1.jpg"]`, 1)),
		[]evidence.Photo{{Name: "dent-1.jpg", JPEG: jpg.Bytes()}}))
	path := filepath.Join(t.TempDir(), "check.zip")
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	importOnAFreshProfile(t, path)
}

// TestPhotoNotKeptWhenTheStorageIsFull: the browser refuses the photo; the
// driver is told which, and the answers keep saving.
func TestPhotoNotKeptWhenTheStorageIsFull(t *testing.T) {
	twoDents := strings.Replace(dentCheck, `"sizeMm":10}`, `"sizeMm":10},{"kind":"body.dent","location":"right door","sizeMm":5}`, 1)
	s, tb := onCheck(t, twoDents, "/check?step=body&edit=0")
	tb.run(t, storage.OverrideQuotaForOrigin(s.URL).WithQuotaSize(1))
	tb.attach(t, 0, cameraPhoto(t, 1200, 900, time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)))
	tb.waitText(t, "#finding-0 .field-problem", "The photo for Dent, left door was not kept: this device's storage is full.")
	assert.Equal(t, "", tb.text(t, "#finding-1 .field-problem"), "the problem shows only where the photo was being added")
	var shown int
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".field-problem")].filter(p => p.innerText.includes("was not kept")).length`, &shown))
	assert.Equal(t, 1, shown, "the problem shows once")
	tb.screenshot(t, "photos-storage-full")
	assert.NotContains(t, tb.text(t, "#finding-0"), "Photos on this device")
	tb.typeInto(t, "finding-0-sizeMm", "12")
	tb.waitJS(t, `localStorage.getItem("selfcheck.v1").includes('"sizeMm": 12')`, "the answers saving")
	var saved string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1")`, &saved))
	assert.NotContains(t, saved, "photos", "no photo named that is not kept")
	requireClean(t, tb)
}

// TestSharedKioskClearsPhotos: a shared tablet keeps photos for the
// session only, and "Finish and clear" leaves nothing of them.
func TestSharedKioskClearsPhotos(t *testing.T) {
	s := serveSite(t)
	tb := newTabFor(t, s.URL, 2*time.Minute)
	sharedKiosk(t, tb)
	tb.js(t, fmt.Sprintf(`sessionStorage.setItem("selfcheck.v1", %q)`, dentCheck))
	tb.open(t, "/check?step=body", "Return check")
	tb.attach(t, 0, cameraPhoto(t, 1200, 900, time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)))
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail")
	dump := tb.storageDump(t)
	assert.Contains(t, dump, "indexedDB:selfcheck-photos-session")
	assert.NotContains(t, dump, "indexedDB:selfcheck-photos\n", "nothing in the lasting photo store")
	tb.clickID(t, "kiosk-finish")
	tb.clickID(t, "kiosk-clear")
	tb.waitPromise(t, `(async () => !(await indexedDB.databases()).some(d => d.name.startsWith("selfcheck-photos")))()`, "the photos gone")
	dump = tb.storageDump(t)
	assert.NotContains(t, dump, "selfcheck-photos")
	assert.NotContains(t, dump, "dent-1.jpg")
	assert.NotContains(t, dump, "left door")
}

// waitPromise polls the async expression expr until it resolves to true.
func (tb *tab) waitPromise(t testing.TB, expr, what string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var ok bool
		if err := chromedp.Run(tb.ctx, chromedp.Evaluate(expr, &ok, awaitPromise)); err == nil && ok {
			return
		}
		require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
		time.Sleep(100 * time.Millisecond)
	}
}

// TestGuidedShots takes one overview shot and skips another: the count
// shows only the one taken.
func TestGuidedShots(t *testing.T) {
	_, tb := onCheck(t, dentCheck, "/check?step=car")
	tb.waitText(t, "#shots-progress", "Shots taken 0 of 15")
	tb.click(t, "#shot-rear button", "Skip")
	tb.waitText(t, "#shot-rear", "Skipped")
	tb.waitText(t, "#shots-progress", "Shots taken 0 of 15")
	tb.run(t, chromedp.SetUploadFiles("#shot-front .photo-input", []string{cameraPhoto(t, 1600, 1200, time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC))}, chromedp.ByQuery))
	tb.waitText(t, "#shots-progress", "Shots taken 1 of 15")
	tb.waitJS(t, `(() => { const i = document.querySelector("#shot-front .photo-thumb img"); return i && i.complete && i.naturalWidth > 0 })()`, "the front shot's thumbnail")
	tb.requireAccessible(t, "the guided shots with a thumbnail")
	var saved string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1")`, &saved))
	assert.Contains(t, saved, `"shot": "front",`)
	assert.Contains(t, saved, `"file": "front.jpg",`)
	assert.Contains(t, saved, `"taken": "2026-05-01T10:20:00Z"`)
	assert.Contains(t, saved, `"shot": "rear",`+"\n"+`      "skipped": true`)
	tb.screenshot(t, "photos-guided-shots")
	for _, at := range []string{"shots-heading", "shot-wheel-front-left"} {
		tb.js(t, fmt.Sprintf(`document.getElementById(%q).scrollIntoView()`, at))
		var png []byte
		tb.run(t, chromedp.CaptureScreenshot(&png))
		require.NoError(t, os.WriteFile(filepath.Join("screenshots", "photos-guided-shots-"+at+".png"), png, 0o644))
	}
	tb.requireNoSidewaysScroll(t, "the guided shots")
	var lines string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".shot .finding-actions")].filter(a => a.children.length > 1 &&
		new Set([...a.children].map(b => b.getBoundingClientRect().top)).size > 1).map(a => a.closest(".shot").id).join(" ")`, &lines))
	assert.Empty(t, lines, "the shots whose Take a photo and Skip are on two lines at 360 px")
	requireClean(t, tb)
}

// TestPhotoKeepsWhereItWasTaken: the driver chooses once to add where
// photos are taken; the photo then keeps the phone's position, in the
// saved check, the full-screen view and the PDF's caption.
func TestPhotoKeepsWhereItWasTaken(t *testing.T) {
	s, tb := onCheck(t, dentCheck, "/check?step=body&edit=0")
	d := captureDownloads(t, tb)
	tb.waitText(t, "#finding-0 .place-choice", "Add where photos are taken")
	tb.run(t, emulation.SetGeolocationOverride().WithLatitude(51.50722).WithLongitude(-0.12758).WithAccuracy(12),
		browser.SetPermission(&browser.PermissionDescriptor{Name: "geolocation"}, browser.PermissionSettingGranted).WithOrigin(s.URL))
	tb.click(t, "#finding-0 .place-choice", "Add where photos are taken")
	tb.waitJS(t, `!document.querySelector(".place-choice")`, "the choice made")
	tb.attach(t, 0, cameraPhoto(t, 1200, 900, time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)))
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail")
	tb.waitJS(t, `localStorage.getItem("selfcheck.v1").includes('"photoPlaces"')`, "the place in the saved check")
	tb.requireAccessible(t, "a finding with its photo's thumbnail")
	var saved string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1")`, &saved))
	assert.Contains(t, saved, `"dent-1.jpg": {`+"\n"+`      "lat": 51.50722,`+"\n"+`      "lon": -0.12758,`+"\n"+`      "accuracyM": 12`)
	tb.js(t, `document.querySelector("#finding-0 .photo-thumb").click()`)
	tb.waitText(t, ".photo-view", "51.5072° N, 0.1276° W (within 12 m)")
	tb.screenshot(t, "photos-place-full-screen")
	tb.requireAccessible(t, "a photo full screen")
	tb.click(t, ".photo-view button", "Delete photo")
	tb.waitText(t, ".photo-view", "Delete this photo from the check and the device?")
	tb.requireAccessible(t, "deleting a photo, asked first")
	tb.clickID(t, "photo-close")

	tb.openStep(t, "summary", "Summary")
	tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	tb.js(t, `document.querySelector(".pdf-download-button").click()`)
	_, pdf := d.wait(t)
	path := filepath.Join(t.TempDir(), "check.pdf")
	require.NoError(t, os.WriteFile(path, pdf, 0o644))
	text, err := exec.Command("pdftotext", path, "-").CombinedOutput()
	require.NoError(t, err)
	assert.Contains(t, strings.Join(strings.Fields(string(text)), " "),
		"Taken 1 May 2026 at 10:20 UTC at 51.5072° N, 0.1276° W (within 12 m) · dent-1.jpg")

	d.reset()
	tb.clickID(t, "export")
	_, archive := d.wait(t)
	a, err := evidence.Read(archive)
	require.NoError(t, err, "the archive reads back")
	assert.Contains(t, string(a.Check), `"photoPlaces"`, "the export archive carries the place")
	requireClean(t, tb)
}

// slowPosition makes the phone's position take too long: every
// getCurrentPosition answers with the browser's timeout (code 3), until
// window.__fix holds coordinates to answer with. window.__asked counts.
const slowPosition = `window.__asked = 0;
Geolocation.prototype.getCurrentPosition = function (ok, fail) {
	window.__asked++;
	setTimeout(() => window.__fix ? ok({coords: window.__fix, timestamp: Date.now()})
		: fail({code: 3, message: "Timeout expired", PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3}), 100);
};`

// TestPhotoPlaceThatTakesTooLongSaysSo: when the position is not found in
// time, the driver is told so and what to do, and can try again.
func TestPhotoPlaceThatTakesTooLongSaysSo(t *testing.T) {
	_, tb := onCheck(t, dentCheck, "/check?step=body&edit=0")
	tb.waitText(t, "#finding-0 .place-choice", "Add where photos are taken")
	tb.js(t, slowPosition)
	tb.click(t, "#finding-0 .place-choice", "Add where photos are taken")
	tb.waitText(t, "#finding-0 .place-problem", "Finding your position took too long. Try again, or carry on without it: photos keep the time only.")
	tb.waitText(t, "#finding-0 .place-choice", "Add where photos are taken")
	tb.screenAt(t, "photos-place-timeout", "#finding-0 .place-choice")
	tb.requireAccessible(t, "a finding whose position took too long")

	tb.js(t, `window.__fix = {latitude: 51.50722, longitude: -0.12758, accuracy: 12}`)
	tb.click(t, "#finding-0 .place-choice", "Add where photos are taken")
	tb.waitJS(t, `!document.querySelector(".place-choice") && !document.querySelector(".place-problem")`, "the choice made at the second try")
	var asked int
	tb.run(t, chromedp.Evaluate(`window.__asked`, &asked))
	assert.Equal(t, 2, asked, "the position asked for again")
	requireClean(t, tb)
}

// photosKept is how many photos the device's photo store holds.
const photosKept = `new Promise(done => { const o = indexedDB.open("selfcheck-photos", 1);
	o.onsuccess = () => { const q = o.result.transaction("photos").objectStore("photos").count();
		q.onsuccess = () => { o.result.close(); done(q.result) } } })`

// TestPhotosNoLongerNamedLeaveTheDevice: a removed finding's photo stays
// while its undo is offered, then leaves the device, and the space shown
// goes down; while an unreadable check is kept aside, nothing is deleted.
func TestPhotosNoLongerNamedLeaveTheDevice(t *testing.T) {
	_, tb := onCheck(t, dentCheck, "/check?step=body&edit=0")
	taken := time.Date(2026, 5, 1, 10, 20, 0, 0, time.UTC)
	tb.attach(t, 0, cameraPhoto(t, 1200, 900, taken))
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the thumbnail")
	tb.waitPromise(t, photosKept+`.then(n => n === 1)`, "the photo on the device")
	assert.Contains(t, tb.text(t, "#finding-0"), "Photos on this device: 0.")

	tb.click(t, "#finding-0 button", "Remove")
	tb.waitText(t, ".notice-undo", "Removed")
	tb.click(t, ".notice-undo button", "Undo")
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the photo back with its finding: kept while the undo was offered")
	tb.waitPromise(t, photosKept+`.then(n => n === 1)`, "the photo still on the device")

	tb.click(t, "#finding-0 button", "Remove")
	tb.waitText(t, ".notice-undo", "Removed")
	tb.click(t, ".add-kind", "Dent") // a new finding: the undo has gone
	tb.waitText(t, ".check-status", "Added.")
	tb.waitPromise(t, photosKept+`.then(n => n === 0)`, "the removed finding's photo off the device")
	assert.NotContains(t, tb.text(t, "main"), "Photos on this device", "the space shown goes down to nothing")

	// An unreadable check is kept aside: the photos it may name stay.
	tb.attach(t, 0, cameraPhoto(t, 1200, 900, taken))
	tb.waitJS(t, thumbsShown(0)+` === 1`, "the new finding's thumbnail")
	tb.js(t, `localStorage.setItem("selfcheck.v1", "{not a check")`)
	tb.run(t, chromedp.Reload())
	tb.waitText(t, "main", "could not be read")
	tb.click(t, ".add-kind", "Dent") // the new check saves
	tb.waitJS(t, `localStorage.getItem("selfcheck.v1").includes("body.dent")`, "the new check saved")
	time.Sleep(time.Second)
	tb.waitPromise(t, photosKept+`.then(n => n === 1)`, "the photo kept while the unreadable check is kept aside")
}
