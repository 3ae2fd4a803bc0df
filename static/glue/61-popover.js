// lazy: .sl-popover
// st.popover: the native popover opens, closes (Escape, a click outside) and returns focus by itself; this moves
// focus into it when it opens (its first control, else the popover) and back to its button when it closes with
// focus inside it (or nowhere).
(() => {
  const FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";
  document.addEventListener(
    "toggle",
    (e) => {
      const pop = e.target;
      if (!(pop instanceof HTMLElement) || !pop.classList.contains("sl-popover")) return;
      if (e.newState === "open") {
        const first = [...pop.querySelectorAll(FOCUSABLE)].find((el) => el.offsetParent !== null || el.getClientRects().length);
        (first || pop).focus();
        return;
      }
      const active = document.activeElement;
      if (active && active !== document.body && !pop.contains(active)) return; // the user moved on
      document.querySelector(`[popovertarget="${CSS.escape(pop.id)}"]`)?.focus();
    },
    true,
  );
})();
