// smart self-check service worker: the whole app is cached at install, so
// every screen opens with no network. One cache per version.
const cacheName = "selfcheck-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shell = "/";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // "reload" bypasses the browser's HTTP cache, so a new version never
      // stores an old app.wasm that a static host told the browser to keep.
      await cache.addAll(
        resourcesToCache.map((url) => new Request(url, { cache: "reload" }))
      );
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
