// A tab that became a shared kiosk (a kiosk link with mode=shared, recorded
// in sessionStorage by app/kiosk_session.go) stays one until "Finish and
// clear": a page from before it, brought back by Back from the browser's
// back-forward cache, still holds the device's own answers, so it is loaded
// afresh, and then runs as the shared kiosk.
addEventListener("pageshow", (e) => {
  let shared = false;
  try {
    shared = e.persisted && JSON.parse(sessionStorage.getItem("selfcheck.kiosk") || "{}").shared === true;
  } catch (_) {
    // unreadable: the app reads it again at start-up
  }
  if (shared && !document.getElementById("kiosk-finish")) {
    location.reload();
  }
});

// Tells the service worker (cli/app-worker.js) when app.wasm has started:
// go-app removes its loader (#app-wasm-loader) when the app takes over from
// the prerendered page. Until then, the first visit's downloads for offline
// use wait, so they never slow the app down on a weak signal.
(() => {
  const loader = document.getElementById("app-wasm-loader");
  if (!loader || !("serviceWorker" in navigator)) {
    return;
  }
  const tell = (worker) => worker && worker.postMessage("selfcheck-app-started");
  const started = async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) {
      return;
    }
    [reg.installing, reg.waiting, reg.active].forEach(tell);
    reg.addEventListener("updatefound", () => tell(reg.installing));
  };
  new MutationObserver((_, observer) => {
    if (!loader.isConnected) {
      observer.disconnect();
      started();
    }
  }).observe(document.body, { childList: true });
})();
