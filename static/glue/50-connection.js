// sluice glue: the connection state, and nothing lost while it is down (Streamlit's "Connecting", LiveView's
// auto-recover). A post that fails (network error, 5xx) shows "Connecting…", then "Connection lost…" while the
// server stays out of reach (#sl-connection is a polite live region); once /_sluice/health answers (probed with
// backoff, and at the browser's `online` event) the banner clears and the form is posted again: every post carries
// every value, so the latest values win. A stream whose session is gone (404) makes the tab post its values: the
// server then starts a new session holding them (src/server/recover.ts).
(() => {
  const TEXT = { connecting: "Connecting…", lost: "Connection lost. Your changes will be sent when it is back." };
  const SERVER_RETRIES = 5; // a 5xx may be the app's own fault: retry a few times, not for ever
  let state = "";
  let owed = null; // a post to make again: { press: [name, value] | null }
  let attempt = 0;
  let timer = 0;
  let serverErrors = 0;

  const form = () => document.getElementById("sl-form");
  const ours = (e) => e.target instanceof Element && (e.target.id === "sl-form" || e.target.id === "sl-stream");

  function show(next) {
    if (state === next) return;
    state = next;
    const region = document.getElementById("sl-connection");
    if (!region) return;
    region.textContent = TEXT[next] || "";
    region.dataset.state = next;
  }

  function resend() {
    const f = form();
    const o = owed;
    owed = null;
    if (!f || !o) return;
    const button = o.press && [...f.querySelectorAll("button[name]")].find((b) => b.name === o.press[0] && b.value === o.press[1]);
    if (button) f.requestSubmit(button);
    else htmx.trigger(f, "change");
  }

  function connected() {
    clearTimeout(timer);
    timer = 0;
    attempt = 0;
    show("");
    document.getElementById("sl-stream")?._htmx?.sse?.delayCanceller?.(); // its next try now, not after its backoff
    resend();
  }

  function probe() {
    timer = 0;
    fetch("/_sluice/health", { cache: "no-store" }).then((r) => (r.ok ? connected() : retryLater()), retryLater);
  }

  function retryLater() {
    attempt++;
    show(attempt > 1 || !navigator.onLine ? "lost" : "connecting");
    clearTimeout(timer);
    timer = setTimeout(probe, Math.min(250 * 2 ** attempt, 5000));
  }

  /** A post of the form did not reach the app: owe it, and find out when the server is back. */
  function failed(ctx) {
    const s = ctx?.request?.submitter;
    const press = s?.name && !s.name.startsWith("_sluice_") ? [s.name, s.value] : null;
    owed = { press: press ?? owed?.press ?? null };
    if (!timer) retryLater();
  }

  document.addEventListener("htmx:error", (e) => {
    if (!ours(e)) return;
    if (e.target.id === "sl-form") failed(e.detail.ctx);
    else if (!timer) retryLater();
  });
  document.addEventListener("htmx:before:response", (e) => {
    if (!ours(e)) return;
    const status = e.detail.ctx.response.status;
    if (e.target.id === "sl-stream" && status === 404) return void ((owed ??= { press: null }), resend());
    if (e.target.id === "sl-form" && status >= 500) {
      if (++serverErrors <= SERVER_RETRIES) failed(e.detail.ctx);
      return;
    }
    serverErrors = 0;
    if (state) connected();
  });
  // The tab's stream: hx-sse reconnects by itself; a 404 on reconnecting means the session is gone.
  document.addEventListener("htmx:sse:error", (e) => {
    if (!ours(e) || e.target.id !== "sl-stream") return;
    if (e.detail.status === 404) {
      owed ??= { press: null };
      if (!state) resend();
    } else if (!timer && !document.hidden) retryLater();
  });
  document.addEventListener("htmx:sse:after:connection", (e) => {
    if (ours(e) && state && e.target.id === "sl-stream") connected();
  });
  window.addEventListener("online", () => state && probe());
  window.addEventListener("offline", () => (owed || state) && show("lost"));
})();
