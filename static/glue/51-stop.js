// sluice glue: the Stop button (#sl-stopbar, Streamlit's Stop) shows while a run is going and slow — a rerun post
// still open after a moment, or the live region saying "Running…" (a run the server started) — and hides when
// the run ends. Pressing it posts the form with `_sluice_stop`; the server stops the run (also one stuck in an await).
(() => {
  const DELAY = 300;
  let open = 0;
  let timer = 0;
  const bar = () => document.getElementById("sl-stopbar");
  const running = () => open > 0 || document.getElementById("sl-status")?.textContent.trim() === "Running…";

  function update() {
    const b = bar();
    if (!b) return;
    if (!running()) {
      clearTimeout(timer);
      timer = 0;
      b.hidden = true;
    } else if (b.hidden && !timer) {
      timer = setTimeout(() => {
        timer = 0;
        if (running()) b.hidden = false;
      }, DELAY);
    }
  }

  const isRerun = (e) => e.target instanceof Element && e.target.id === "sl-form" && e.detail.ctx?.request?.submitter?.name !== "_sluice_stop";
  document.addEventListener("htmx:before:request", (e) => isRerun(e) && (open++, update()));
  document.addEventListener("htmx:finally:request", (e) => isRerun(e) && ((open = Math.max(0, open - 1)), update()));
  document.addEventListener("DOMContentLoaded", () => {
    const status = document.getElementById("sl-status");
    if (status) new MutationObserver(update).observe(status, { childList: true, characterData: true, subtree: true });
    update();
  });
})();
