// sluice glue: multipage apps (templates/nav.tsx, st.pageLink). A click on a page link (a[data-sl-page]) posts the
// form asking for that page (_sluice_page), in this tab's session; other posts carry the address bar's query
// (_sluice_query). When the server's #sl-url names another page, the URL is pushed, focus goes to the page's
// heading (or main region) and the page is announced once; a query change replaces the URL. Back/forward posts the
// page in the address bar (htmx's own history is off: the URL is the server's #sl-url).
(() => {
  let asked = null; // the page the next post asks for
  let shown = null; // #sl-url's data-page of the page shown
  let popped = false;
  const go = (target) => {
    asked = target;
    document.getElementById("sl-form")?.requestSubmit();
  };
  document.addEventListener("click", (e) => {
    const a = e.target instanceof Element && e.target.closest("a[data-sl-page]");
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault(); // a new tab (modifier keys, middle click) still opens the real link
    a.closest("details")?.removeAttribute("open");
    go(a.getAttribute("data-sl-page"));
  });
  const marked = () => {
    const u = document.getElementById("sl-url");
    return u ? u.dataset.path + (u.dataset.query ? "?" + u.dataset.query : "") : "";
  };
  addEventListener("popstate", () => {
    const to = location.pathname + location.search;
    if (to !== marked()) (popped = true), go(to); // not a hash change within the page (the skip link, an anchor)
  });
  // A top bar menu closes with Escape (focus back on its summary) and when the user clicks elsewhere.
  document.addEventListener("keydown", (e) => {
    const open = e.key === "Escape" && e.target instanceof Element && e.target.closest(".sl-nav-menu[open]");
    if (open) open.removeAttribute("open"), open.querySelector("summary")?.focus();
  });
  document.addEventListener("click", (e) => {
    for (const d of document.querySelectorAll(".sl-nav-menu[open]")) if (!d.contains(e.target)) d.removeAttribute("open");
  });
  document.addEventListener("htmx:config:request", (e) => {
    const body = e.detail.ctx.request.body;
    if (!body?.set || !(e.target instanceof Element) || e.target.id !== "sl-form") return;
    if (asked !== null) body.set("_sluice_page", asked);
    else body.set("_sluice_query", location.search.slice(1));
    asked = null;
  });
  function sync() {
    const u = document.getElementById("sl-url");
    if (!u) return;
    const url = marked();
    const moved = shown !== null && u.dataset.page !== shown;
    shown = u.dataset.page;
    if (url !== location.pathname + location.search) {
      if (moved && !popped) history.pushState(null, "", url);
      else history.replaceState(history.state, "", url + (moved ? "" : location.hash));
    }
    popped = false;
    if (!moved) return;
    const main = document.getElementById("sl-0");
    const heading = main?.querySelector("h1, h2");
    const target = heading ?? main;
    if (target) {
      if (target !== main) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: false });
    }
    const status = document.getElementById("sl-status");
    if (status) status.textContent = u.dataset.title || document.title; // htmx may set the <title> after this
  }
  document.addEventListener("DOMContentLoaded", () => {
    sync();
    new MutationObserver(sync).observe(document.body, { childList: true });
  });
})();
