// lazy: [data-sl-dialog]
// sluice glue: st.dialog. A <dialog data-sl-dialog> in the page is open (the server removes it when it closes), so
// it is shown modally (the rest of the page inert: Tab stays inside), focus goes to its first control or else its
// heading, and back to the opener when it goes. Escape or Close press its close control, which tells the server
// (a post); a dialog that may not be dismissed ignores Escape. Without scripts it is shown in place (60-dialog.css).
(() => {
  let shown = null;
  let opener = null;
  let closing = false;
  const focusable = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
  const dismiss = (dlg) => {
    if (closing) return;
    const close = dlg.querySelector(".sl-dialog-close");
    if (!close) return;
    closing = true;
    close.click(); // a submit: the post carries the close control's press
  };
  const sync = () => {
    const dlg = document.querySelector("dialog[data-sl-dialog]");
    if (!dlg) {
      if (shown) {
        shown = null;
        closing = false;
        if (opener?.isConnected) opener.focus();
        opener = null;
      }
      return;
    }
    if (dlg !== shown) {
      const active = document.activeElement;
      if (!shown && active && active !== document.body && !dlg.contains(active)) opener = active;
      shown = dlg;
      closing = false;
      if (!dlg.open) dlg.showModal();
      const first = dlg.querySelector(".sl-dialog-body")?.querySelector(focusable);
      (first ?? dlg.querySelector(".sl-dialog-title"))?.focus();
    } else if (!dlg.open) {
      dlg.showModal(); // a morph dropped the open state
    }
  };
  document.addEventListener(
    "cancel",
    (e) => {
      const dlg = e.target;
      if (!(dlg instanceof HTMLDialogElement) || !dlg.hasAttribute("data-sl-dialog")) return;
      e.preventDefault(); // the server closes it, so the next run does not show it again
      if (dlg.hasAttribute("data-dismissible")) dismiss(dlg);
    },
    true,
  );
  // The browser may close a modal dialog itself (a second Escape cannot be cancelled): tell the server, or reopen.
  document.addEventListener(
    "close",
    (e) => {
      const dlg = e.target;
      if (!(dlg instanceof HTMLDialogElement) || !dlg.hasAttribute("data-sl-dialog") || !dlg.isConnected) return;
      if (dlg.hasAttribute("data-dismissible")) dismiss(dlg);
      else dlg.showModal();
    },
    true,
  );
  // Tab and Shift+Tab wrap inside the open dialog (APG), rather than leaving for the browser's own controls.
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Tab" || !shown?.open || !shown.contains(document.activeElement)) return;
    const all = [...shown.querySelectorAll(focusable)].filter((el) => el.getClientRects().length > 0);
    if (!all.length) return;
    const [first, last] = [all[0], all[all.length - 1]];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !all.includes(active))) (e.preventDefault(), last.focus());
    else if (!e.shiftKey && active === last) (e.preventDefault(), first.focus());
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", sync);
  else sync(); // loaded by the swap that opened the dialog (11-lazy.js)
  document.addEventListener("htmx:after:swap", sync);
  document.addEventListener("htmx:sse:after:message", sync);
  document.addEventListener("htmx:finally:request", sync);
})();
