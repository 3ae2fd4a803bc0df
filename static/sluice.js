// sluice glue (loaded after htmx and hx-sse in one bundle). A few lines only:
// - drop a message already applied (a replay after a reconnect may repeat some), and
// - keep #sl-last at the id of the last applied message, so the next post asks only for what is missing.
(() => {
  let last = 0;
  const field = () => document.getElementById("sl-last");
  document.addEventListener("DOMContentLoaded", () => (last = Number(field()?.value) || 0));
  document.addEventListener("htmx:sse:before:message", (e) => {
    const id = Number(e.detail.message.id);
    if (!id) return;
    if (id <= last) return void (e.detail.cancelled = true);
    last = id;
    const f = field();
    if (f) f.value = String(id);
  });
})();
