// sluice glue: the glue of a feature the page did not have when it loaded (a dialog opened, a chat page switched
// to) is loaded when a swap brings the feature. The page itself already lists the feature files it needs
// (src/server/page.ts); globalThis.sluiceLazy (written by scripts/gen-assets.mjs) says which file each feature takes.
(() => {
  const loaded = new Set();
  const load = () => {
    for (const { s: selector, u: url } of globalThis.sluiceLazy ?? []) {
      if (loaded.has(url) || !document.querySelector(selector)) continue;
      loaded.add(url);
      const script = document.createElement("script");
      script.src = url;
      document.head.append(script);
    }
  };
  document.addEventListener("DOMContentLoaded", () => {
    for (const s of document.querySelectorAll("script[src]")) loaded.add(s.getAttribute("src")); // the page's own
    load();
  });
  document.addEventListener("htmx:after:swap", load);
  document.addEventListener("htmx:sse:after:message", load);
})();
