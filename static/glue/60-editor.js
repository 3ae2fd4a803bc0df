// lazy: .sl-data-editor
// sluice glue: data editor posts. Each cell is a form field (so the form works without JavaScript), and the
// editor's hidden field holds the edit state the page was drawn with: a post needs only the cells the user changed
// since then. This leaves the unchanged cells of every editor out of a rerun post, so a 10,000-row editor does not
// send 10,000 × columns fields per keystroke. A cell showing an error is always sent (its text is kept until fixed).
// After "Add row", focus moves to the new row's first cell (the press's answer has drawn it), unless the user moved on.
(() => {
  const unchanged = (el) => {
    if (el.getAttribute("aria-invalid") === "true") return false;
    if (el.type === "checkbox") return el.checked === el.defaultChecked;
    if (el.tagName === "SELECT") return [...el.options].every((o) => o.selected === o.defaultSelected);
    return el.value === el.defaultValue;
  };
  let adding = null; // the Add row button of the post in flight
  document.addEventListener("htmx:config:request", (e) => {
    const body = e.detail.ctx.request.body;
    if (typeof body?.delete !== "function" || !body.has("_sluice_session")) return;
    const submitter = e.detail.ctx.request.submitter;
    adding = submitter?.classList?.contains("sl-editor-add") ? { ctx: e.detail.ctx, name: submitter.name } : null;
    for (const el of document.querySelectorAll(".sl-data-editor td input[name]:not([type=hidden]), .sl-data-editor td select[name]")) {
      if (unchanged(el)) body.delete(el.name); // a checkbox's hidden "0" shares its name
    }
  });
  document.addEventListener("htmx:finally:request", (e) => {
    if (!adding || e.detail.ctx !== adding.ctx) return;
    const { name } = adding;
    adding = null;
    const button = [...document.querySelectorAll(".sl-editor-add")].find((b) => b.name === name);
    if (!button || (document.activeElement !== button && document.activeElement !== document.body)) return;
    const rows = button.closest(".sl-data-editor")?.querySelectorAll("tbody tr");
    rows?.[rows.length - 1]?.querySelector("td input:not([type=hidden]), td select")?.focus();
  });
})();
