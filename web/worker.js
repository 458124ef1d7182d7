// Runs worker.wasm (the Go program in worker/) off the page's thread, for the
// work that needs large libraries: the PDF, QR codes, and the link that hands
// a check to a phone. Message in: {id, request} with the request as JSON.
// Message out: {id, ...reply} or {id, error}.
importScripts("/wasm_exec.js");

const ready = (async () => {
  const go = new Go();
  const response = await fetch("/web/worker.wasm");
  if (!response.ok) {
    throw new Error("the document maker could not be loaded (" + response.status + ")");
  }
  const { instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  go.run(instance);
})();

onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    await ready;
    const reply = selfcheckWorker(request);
    postMessage({ id, ...reply }, reply.bytes ? [reply.bytes.buffer] : []);
  } catch (err) {
    postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
