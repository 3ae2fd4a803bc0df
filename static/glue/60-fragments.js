// lazy: [data-sl-run-every]
// sluice glue: fragments with a runEvery timer get their updates over the tab's stream. The page opens the stream
// when it already holds such a fragment; this opens it when one appears later (or after a recovered session lost
// it), so the timer's runs reach the tab. Without scripts nothing updates by itself (docs/fragments.md).
(() => {
  const ensureStream = () => {
    if (document.getElementById("sl-stream") || !document.querySelector("[data-sl-run-every]")) return;
    const session = document.querySelector('input[name="_sluice_session"]')?.value;
    if (!session) return;
    const after = Number(document.getElementById("sl-last")?.value) || 0;
    const el = document.createElement("div");
    el.id = "sl-stream";
    el.hidden = true;
    el.setAttribute("hx-sse:connect", `/_sluice/stream?after=${after}`);
    el.setAttribute("hx-headers", JSON.stringify({ "X-Sluice-Session": session }));
    el.setAttribute("hx-swap", "none");
    document.body.append(el);
    htmx.process(el);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ensureStream);
  else ensureStream(); // loaded by a swap that brought the fragment (11-lazy.js)
  document.addEventListener("htmx:after:swap", ensureStream);
  document.addEventListener("htmx:sse:after:message", ensureStream);
  document.addEventListener("htmx:finally:request", ensureStream);
})();
