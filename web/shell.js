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
