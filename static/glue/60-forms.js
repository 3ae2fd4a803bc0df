// lazy: [data-sl-form]
// sluice glue: st.form (templates/blocks/form.tsx marks a form's children with data-sl-form).
// - A change inside a form posts nothing: the page form's `change` trigger never sees it. Its submit button posts
//   the page form (htmx includes the submitter, which the server reads as "this form submitted").
// - Enter in a one-line field of a form presses the form's first submit button (data-enter-submit), or does
//   nothing when enterToSubmit is off; never the page form's implicit submit (whose default button is Apply).
// - A swap keeps what the user typed into a form and has not submitted, while the server's value for that control
//   did not move (20-identity.js would otherwise take the server's value: the post carried the text, but the
//   server did not apply it). A value the server changed (clearOnSubmit, set by the app) wins.
(() => {
  const FORM = "[data-sl-form]";
  const { CONTROL, live, rendered, setLive } = globalThis.sluiceControls; // 20-identity.js
  const ONE_LINE = "input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=hidden]):not([type=submit]):not([type=button]):not([type=file])";
  const formOf = (el) => (el instanceof Element ? el.closest(FORM) : null);

  document.addEventListener("change", (e) => formOf(e.target) && e.stopPropagation(), true);

  document.addEventListener("keydown", (e) => {
    const el = e.target;
    if (e.key !== "Enter" || e.isComposing || e.defaultPrevented || !(el instanceof HTMLInputElement) || !el.matches(ONE_LINE)) return;
    if (!el.name.startsWith("$$ID-")) return; // a widget's own field (not a multiselect's filter, which has no name)
    const form = formOf(el);
    if (!form) return;
    e.preventDefault();
    if (!form.hasAttribute("data-enter-submit")) return;
    const submit = form.querySelector(".sl-el-button button[type=submit]");
    if (submit && !submit.disabled) submit.click();
  });

  let typed = null;
  document.addEventListener("htmx:sse:before:message", (e) => {
    if (e.detail.cancelled) return;
    typed = [];
    for (const el of document.querySelectorAll(`${FORM} :is(${CONTROL})`)) {
      if (el.id && live(el) !== rendered(el)) typed.push({ id: el.id, now: live(el), before: rendered(el) });
    }
  });
  document.addEventListener("htmx:sse:after:message", () => {
    const list = typed ?? [];
    typed = null;
    for (const t of list) {
      const el = document.getElementById(t.id);
      if (!el?.matches(CONTROL) || !formOf(el) || el.closest("[data-set]") || rendered(el) !== t.before) continue;
      setLive(el, t.now);
    }
  });
})();
