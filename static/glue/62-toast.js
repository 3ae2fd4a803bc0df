// lazy: .sl-toast
// st.toast: the close button (a submit without scripts, whose rerun drops the toast) hides its toast here without a
// rerun; Escape in a toast does the same. Focus goes to the next toast's close button, else the main region.
(() => {
  function dismiss(toast) {
    const wrap = toast.closest(".sl-el-toast") || toast;
    const had = wrap.contains(document.activeElement);
    wrap.hidden = true; // hidden, not removed: the node stays where a later rerun's patch expects it
    if (!had) return;
    const next = [...document.querySelectorAll(".sl-el-toast:not([hidden]) .sl-toast-close")].find((b) => b.checkVisibility?.({ visibilityProperty: true }) ?? true);
    next?.focus({ preventScroll: true });
    if (!next || document.activeElement !== next) document.getElementById("sl-0")?.focus({ preventScroll: true });
  }
  document.addEventListener(
    "click",
    (e) => {
      const close = e.target.closest?.(".sl-toast-close");
      if (!close) return;
      e.preventDefault();
      e.stopPropagation();
      dismiss(close.closest(".sl-toast"));
    },
    true,
  );
  document.addEventListener("keydown", (e) => {
    const toast = e.key === "Escape" && e.target.closest?.(".sl-toast");
    if (toast) dismiss(toast);
  });
})();
