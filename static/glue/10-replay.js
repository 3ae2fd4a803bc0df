// sluice glue (loaded after htmx and hx-sse in one bundle). A few lines only:
// - drop a message already applied (a replay after a reconnect may repeat some),
// - keep #sl-last at the id of the last applied message, so the next post asks only for what is missing, and
// - number this tab's posts, so the server can ignore an older post that overtook a newer one on the wire.
(() => {
  let last = 0;
  let seq = 0;
  const field = () => document.getElementById("sl-last");
  document.addEventListener("DOMContentLoaded", () => (last = Number(field()?.value) || 0));
  document.addEventListener("htmx:config:request", (e) => e.detail.ctx.request.body?.set?.("_sluice_seq", String(++seq)));
  document.addEventListener("htmx:sse:before:message", (e) => {
    const id = Number(e.detail.message.id);
    if (!id) return;
    if (id <= last) return void (e.detail.cancelled = true);
    last = id;
    const f = field();
    if (f) f.value = String(id);
  });
})();
