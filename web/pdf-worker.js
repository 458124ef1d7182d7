// Makes the printable PDF off the page's thread with pdf.wasm (pdf/worker),
// so the app's own wasm stays small. Message in: the request JSON (see
// pdf.Request). Message out: {bytes: Uint8Array} or {error: string}.
importScripts("/wasm_exec.js");

const ready = (async () => {
  const go = new Go();
  const response = await fetch("/web/pdf.wasm");
  if (!response.ok) {
    throw new Error("the PDF maker could not be loaded (" + response.status + ")");
  }
  const { instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  go.run(instance);
})();

onmessage = async (event) => {
  try {
    await ready;
    const out = selfcheckPDF(event.data);
    if (out.error) {
      postMessage({ error: out.error });
    } else {
      postMessage({ bytes: out.bytes }, [out.bytes.buffer]);
    }
  } catch (err) {
    postMessage({ error: String(err && err.message ? err.message : err) });
  }
};
