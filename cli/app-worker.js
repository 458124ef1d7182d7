// smart self-check service worker: the whole app is cached at install, so
// every screen opens with no network. One cache per version.
const cacheName = "selfcheck-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shell = "/";
const appWasm = "/web/app.wasm";
const workerWasm = "/web/worker.wasm";

// On a first visit the page is downloading app.wasm over what may be a weak
// signal. The install waits until the app has started (web/shell.js says
// so), so nothing here competes with it; a fallback lets it go ahead if that
// word never comes.
let appStarted;
const started = new Promise((resolve) => {
  appStarted = resolve;
  setTimeout(resolve, 120000);
});
self.addEventListener("message", (event) => {
  if (event.data === "selfcheck-app-started") {
    appStarted();
  }
});

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const update = (await caches.keys()).some((key) => key.startsWith("selfcheck-") && key !== cacheName);
      if (!update) {
        await started;
      }
      const cache = await caches.open(cacheName);
      // "reload" bypasses the browser's HTTP cache, so a new version never
      // stores an old file that a static host told the browser to keep.
      await cache.addAll(
        resourcesToCache
          .filter((url) => url !== appWasm && url !== workerWasm)
          .map((url) => new Request(url, { cache: "reload" }))
      );
      // On a first visit the page has just downloaded this very app.wasm:
      // "no-cache" has the host confirm the browser's copy rather than send
      // it again. The worker's wasm is only needed for PDFs and QR codes,
      // so it comes last, at low priority.
      await cache.add(new Request(appWasm, { cache: update ? "reload" : "no-cache" }));
      await cache.add(new Request(workerWasm, { cache: "reload", priority: "low" }));
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== cacheName) {
          await caches.delete(key);
        }
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  if (new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName);
      // The query never changes what is served: kiosk links and tracking
      // parameters open the same cached page.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) {
        return cached;
      }
      if (request.mode === "navigate") {
        // Unknown paths get the app shell, which shows its not-found view.
        const page = await cache.match(shell);
        if (page) {
          return page;
        }
      }
      return fetch(request);
    })()
  );
});
