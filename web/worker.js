// Runs worker.wasm (the Go program in worker/) off the page's thread, for the
// work that needs large libraries: the PDF, QR codes, and the link that hands
// a check to a phone. Message in: {id, request}, the request as JSON
// (workerapi.Request). Message out: {id, reply, bytes}, the reply as JSON
// (workerapi.Reply) and a PDF's bytes as a Uint8Array; or {id, error} when
// the worker could not run.
importScripts("/wasm_exec.js");

// worker.wasm is large and seldom needed at once. It starts straight away
// only when the service worker has already stored it (no download);
// otherwise it is downloaded, at low priority, on the first request.
const wasmURL = "/web/worker.wasm";
let ready = null;

function load() {
  ready ||= (async () => {
    const response = (await stored()) || (await fetch(wasmURL, { priority: "low" }));
    if (!response.ok) {
      throw new Error("the document maker could not be loaded (" + response.status + ")");
    }
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
    go.run(instance);
  })().catch((err) => {
    ready = null; // the next request tries again, when the signal may be back
    throw err;
  });
  return ready;
}

// Cache Storage is missing where the page is not a secure context.
function stored() {
  return self.caches ? caches.match(wasmURL) : Promise.resolve(undefined);
}

stored().then((cached) => cached && load(), () => {});

onmessage = async (event) => {
  const { id, request, bytes, photos } = event.data;
  try {
    await load();
    const reply = selfcheckWorker(request, { bytes, photos });
    const moved = [reply.bytes, reply.thumb, ...(reply.photos || []).flatMap((p) => [p.bytes, p.thumb])];
    postMessage({ id, ...reply }, moved.filter(Boolean).map((b) => b.buffer));
  } catch (err) {
    postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
