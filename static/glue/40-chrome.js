// Page chrome (outside the roots that reruns swap, so its state survives them):
// - the sidebar toggle: a <button aria-expanded aria-controls="sl-1">, its state kept per tab (sessionStorage);
// - the running indicator: html.sl-busy once a run has taken SLOW_MS (or at once while the live region says
//   "Running…"), and the elements the previous run left marked data-sl-stale (dimmed while busy) until a swap
//   replaces them (morph drops the attribute, the server's HTML has none) or the run ends;
// - focus: when a swap removes the focused control, focus goes to the next control after it, else the one before
//   it, else the main region — never to <body>. Focus that the user moved elsewhere is left alone;
// - Enter in a one-line field commits the value once (its change event): the implicit submit that follows
//   (submitter Apply, hidden while scripts run) is dropped, so there is no second, no-op rerun.
(() => {
  document.addEventListener("submit", (e) => {
    if (e.submitter?.name !== "_sluice_apply") return;
    e.preventDefault();
    e.stopPropagation();
  }, true);

  const SLOW_MS = 300;
  const SIDEBAR_KEY = "sluice:sidebar";
  const html = document.documentElement;
  const form = () => document.getElementById("sl-form");

  // Sidebar toggle
  function initSidebar() {
    const t = document.getElementById("sl-sidebar-toggle");
    if (!t) return;
    let open = null;
    try {
      open = sessionStorage.getItem(SIDEBAR_KEY);
    } catch {}
    if (open === null) open = matchMedia("(max-width: 50rem)").matches ? "0" : "1"; // Streamlit's "auto"
    t.setAttribute("aria-expanded", open === "1" ? "true" : "false");
    t.addEventListener("click", () => {
      const next = t.getAttribute("aria-expanded") !== "true";
      t.setAttribute("aria-expanded", String(next));
      try {
        sessionStorage.setItem(SIDEBAR_KEY, next ? "1" : "0");
      } catch {}
    });
  }

  // Running indicator
  const posts = new Set();
  let serverRunning = false;
  let timer = 0;
  const staleSelector = "#sl-form .sl-root .sl-el";
  function update() {
    const busy = posts.size > 0 || serverRunning;
    if (busy && !timer && !html.classList.contains("sl-busy")) {
      timer = setTimeout(() => {
        timer = 0;
        html.classList.add("sl-busy");
      }, serverRunning ? 0 : SLOW_MS);
    } else if (!busy) {
      clearTimeout(timer);
      timer = 0;
      html.classList.remove("sl-busy");
      for (const el of document.querySelectorAll("[data-sl-stale]")) el.removeAttribute("data-sl-stale");
    }
  }
  document.addEventListener("htmx:before:request", (e) => {
    if (e.target !== form()) return;
    if (posts.size === 0) for (const el of document.querySelectorAll(staleSelector)) el.setAttribute("data-sl-stale", "");
    posts.add(e.detail.ctx);
    update();
  });
  document.addEventListener("htmx:finally:request", (e) => {
    if (!posts.delete(e.detail.ctx)) return;
    update();
  });
  function watchStatus() {
    const status = document.getElementById("sl-status");
    if (!status) return;
    const read = () => {
      serverRunning = status.textContent.trim() === "Running…";
      update();
    };
    new MutationObserver(read).observe(status, { childList: true, characterData: true, subtree: true });
    read();
  }

  // Focus after a swap removed the focused control
  const focusable =
    'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), a[href], summary, [tabindex]:not([tabindex="-1"])';
  const visible = (el) => el.getClientRects().length > 0 && !el.closest("[hidden], [inert]");
  let focused = null;
  document.addEventListener("focusin", (e) => {
    focused = form()?.contains(e.target) ? e.target : null;
  });
  document.addEventListener("focusout", (e) => {
    const el = e.target;
    // Focus moved to nothing: the user clicked away (the control is still there), or a swap removed the control.
    if (!e.relatedTarget) queueMicrotask(() => el.isConnected && focused === el && (focused = null));
  });
  /** The control to focus in place of one removed where the record says, or null. */
  function neighbour(record) {
    const root = record.target.isConnected ? record.target.closest(".sl-root") : null;
    const candidates = root ? [...root.querySelectorAll(focusable)].filter(visible) : [];
    const next = record.nextSibling?.isConnected ? record.nextSibling : null;
    const prev = record.previousSibling?.isConnected ? record.previousSibling : null;
    const after = (c) => next && (next === c || next.contains(c) || next.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = (c) => prev && (prev === c || prev.contains(c) || prev.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING);
    return candidates.find(after) ?? candidates.filter(before).pop() ?? null;
  }
  function refocus(records) {
    if (!focused || focused.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== html) return void (focused = null);
    const removal = records.find((r) => [...r.removedNodes].some((n) => n === focused || n.contains?.(focused)));
    focused = null;
    const target = (removal && neighbour(removal)) || document.getElementById("sl-0");
    target?.focus({ preventScroll: false });
  }

  function init() {
    initSidebar();
    watchStatus();
    const f = form();
    if (f) new MutationObserver(refocus).observe(f, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
