// sluice glue: the theme switch and st.context's browser facts.
// - The settings menu's radios (templates/theme-menu.tsx) apply a choice at once: <html data-sl-theme> (and
//   data-sl-custom for the app theme), then a post to /_sluice/theme stores it in the browser's cookie; its Apply
//   button is only needed without scripts. Escape closes the menu and returns focus to its summary.
// - Each post carries _sluice_ctx_* fields (ClientState.context_info: time zone, offset, locale, URL, embedding, colour
//   scheme), and a cookie keeps the zone and locale so the next page load's first run already has them.
(() => {
  const root = document.documentElement;
  const menu = document.getElementById("sl-settings");
  const scheme = () => root.dataset.slTheme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  const facts = () => ({
    tz,
    offset: String(new Date().getTimezoneOffset()),
    locale: navigator.language || "",
    url: location.href,
    embedded: window.top !== window ? "1" : "0",
    scheme: scheme(),
  });
  // Added to every post as htmx builds it (the URL or scheme may have changed since the page loaded).
  document.addEventListener("htmx:config:request", (e) => {
    const body = e.detail.ctx.request.body;
    if (body?.set) for (const [k, v] of Object.entries(facts())) body.set(`_sluice_ctx_${k}`, v);
  });
  const f = facts();
  document.cookie = `sluice_client=${encodeURIComponent([f.tz, f.offset, f.locale].join("|"))}; path=/; max-age=31536000; samesite=lax`;

  if (!menu) return;
  const apply = (radio) => {
    const v = radio.value;
    if (v === "app") root.setAttribute("data-sl-custom", "");
    else root.removeAttribute("data-sl-custom");
    const forced = v === "app" ? radio.dataset.base : v === "auto" ? "" : v;
    if (forced) root.dataset.slTheme = forced;
    else delete root.dataset.slTheme;
    fetch("/_sluice/theme", { method: "POST", body: new URLSearchParams({ theme: v }), credentials: "same-origin" }).catch(() => {});
  };
  menu.querySelector(".sl-settings-apply")?.setAttribute("hidden", "");
  menu.addEventListener("change", (e) => e.target.name === "theme" && apply(e.target));
  menu.addEventListener("submit", (e) => {
    e.preventDefault();
    const on = menu.querySelector("input[name=theme]:checked");
    if (on) apply(on);
  });
  menu.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
})();
