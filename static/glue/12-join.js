// sluice glue: tell the server this tab is alive, so its session gets the full TTL (a page that no browser opened —
// a crawler, a flood of GETs — keeps its session only for server.unjoinedSessionTtl seconds).
(() => {
  document.addEventListener("DOMContentLoaded", () => {
    const id = document.querySelector('input[name="_sluice_session"]')?.value;
    if (id) fetch("/_sluice/join", { method: "POST", headers: { "x-sluice-session": id }, credentials: "same-origin" }).catch(() => {});
  });
})();
