// The failure screen: "Something went wrong. Your answers are saved.
// [Reload]". The app shows it when a handler or a render fails (the Go code
// catches the panic and calls selfcheckFailed), and this file shows it too
// when the Go program stops, so the driver is never left with a page that
// no longer answers. Every answer is saved as it is typed; the reload opens
// the same address, so the driver is back where they were.
"use strict";
(() => {
  let shown = false;

  function selfcheckFailed() {
    if (shown) {
      return;
    }
    shown = true;
    const box = document.createElement("div");
    box.id = "failure";
    box.className = "failure";
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-labelledby", "failure-text");
    const text = document.createElement("p");
    text.id = "failure-text";
    text.textContent = "Something went wrong. Your answers are saved.";
    const reload = document.createElement("button");
    reload.id = "failure-reload";
    reload.type = "button";
    reload.className = "button";
    reload.textContent = "Reload";
    reload.addEventListener("click", () => location.reload());
    box.append(text, reload);
    for (const el of document.body.children) {
      el.inert = true;
    }
    document.body.append(box);
    reload.focus();
  }
  globalThis.selfcheckFailed = selfcheckFailed;

  // wasm_exec.js, loaded after this file, defines Go: the app's runtime is
  // made from a Go whose exit also shows the failure screen. The runtime has
  // already written the panic and its stack to the console.
  let Go;
  Object.defineProperty(globalThis, "Go", {
    configurable: true,
    get() {
      return Go;
    },
    set(Base) {
      Go = class extends Base {
        constructor() {
          super();
          const exit = this.exit;
          this.exit = (code) => {
            exit(code);
            if (code !== 0) {
              console.error("smart self-check stopped (exit code " + code + ")");
              selfcheckFailed();
            }
          };
        }
      };
    },
  });
  // And should a page outlive its program all the same, the next tap says so.
  window.addEventListener("error", (e) => {
    if (/Go program has already exited/.test(e.message)) {
      selfcheckFailed();
    }
  });
})();
