// lazy: .sl-tabs, .sl-expander
// st.tabs: the WAI-ARIA tabs pattern with automatic activation — click, Left/Right (wrapping), Home/End; the
// selected tab has tabindex 0, the others -1 (roving). The selection is the browser's: it is remembered per tab
// container (its key, else its labels) and put back after every swap, and a morph keeps the tab and panel
// attributes the user changed. Also st.expander / st.status: a morph keeps the user's open state unless the server's
// own open state changed (status.update({ expanded })).
(() => {
  const chosen = new Map(); // identity → selected index
  const TAB = ".sl-tablist > [role=tab]";
  const tabsOf = (list) => [...list.querySelectorAll(":scope > [role=tab]")];
  const listOf = (c) => c.querySelector(":scope > .sl-tablist");
  // Two containers with the same labels and no key are told apart by their order on the page.
  const identity = (c) => {
    const id = c.dataset.slTabs || "";
    const same = [...document.querySelectorAll(".sl-tabs")].filter((o) => (o.dataset.slTabs || "") === id);
    return id + "#" + same.indexOf(c);
  };
  const selectedIndex = (c) => Math.max(0, tabsOf(listOf(c)).findIndex((t) => t.getAttribute("aria-selected") === "true"));

  function select(c, i, focus) {
    const tabs = tabsOf(listOf(c));
    if (!tabs.length) return;
    i = Math.max(0, Math.min(tabs.length - 1, i));
    tabs.forEach((t, j) => {
      const on = j === i;
      if (t.getAttribute("aria-selected") !== String(on)) t.setAttribute("aria-selected", String(on));
      if (t.tabIndex !== (on ? 0 : -1)) t.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(t.getAttribute("aria-controls") || "");
      if (panel && panel.hidden === on) panel.hidden = !on;
    });
    if (focus) tabs[i].focus();
  }

  function choose(tab, i, focus) {
    const c = tab.closest(".sl-tabs");
    if (!c) return;
    chosen.set(identity(c), i);
    select(c, i, focus);
  }

  function restore() {
    for (const c of document.querySelectorAll(".sl-tabs")) {
      const want = chosen.get(identity(c));
      select(c, want ?? selectedIndex(c), false);
    }
  }

  document.addEventListener("click", (e) => {
    const tab = e.target.closest?.(TAB);
    if (tab) choose(tab, tabsOf(tab.parentElement).indexOf(tab), false);
  });
  document.addEventListener("keydown", (e) => {
    const tab = e.target.closest?.(TAB);
    if (!tab || e.altKey || e.ctrlKey || e.metaKey) return;
    const tabs = tabsOf(tab.parentElement);
    const i = tabs.indexOf(tab);
    const n = { ArrowRight: (i + 1) % tabs.length, ArrowLeft: (i - 1 + tabs.length) % tabs.length, Home: 0, End: tabs.length - 1 }[e.key];
    if (n === undefined) return;
    e.preventDefault();
    choose(tab, n, true);
  });
  document.addEventListener("htmx:sse:after:message", restore);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", restore);
  else restore();

  const KEEP = { tab: ["aria-selected", "tabindex"], tabpanel: ["hidden"] };
  const copy = (from, to, names) => {
    for (const n of names) {
      if (from.hasAttribute(n)) to.setAttribute(n, from.getAttribute(n));
      else to.removeAttribute(n);
    }
  };
  htmx.registerExtension("sl-tabs", {
    htmx_before_morph_node: (elt, { newNode }) => {
      if (!(elt instanceof Element) || !(newNode instanceof Element)) return;
      const role = elt.getAttribute("role");
      if ((role === "tab" || role === "tabpanel") && elt.id === newNode.id && (role === "tabpanel" || elt.closest(".sl-tablist"))) {
        copy(elt, newNode, KEEP[role]);
      } else if (elt.matches("details.sl-expander") && newNode.matches("details.sl-expander") && elt.dataset.open === newNode.dataset.open) {
        newNode.toggleAttribute("open", elt.open);
      }
    },
  });
})();
