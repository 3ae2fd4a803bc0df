// A new element kind with its own template: defineElement({ kind: "rating", template }) and `st.rating(...)`.
// The template is written with hono's html helper, so this file needs no JSX settings (a .tsx template works too).
import type { St } from "sluice";
import { defineElement } from "sluice";
import { html } from "hono/html";

interface Rating {
  label: string;
  stars: number;
}

const rating = defineElement({
  kind: "rating",
  template: ({ el }: { el: Rating }) =>
    html`<p class="rating"><span aria-hidden="true">${"★".repeat(el.stars)}${"☆".repeat(5 - el.stars)}</span>
      ${el.label}: ${el.stars} out of 5</p>`,
  command: { name: "rating", fn: (dg, label: string, stars: number) => rating.write(dg, { label, stars } satisfies Rating) },
});

export default function app(st: St) {
  st.title("A custom element");
  const stars = st.slider("Stars", { minValue: 0, maxValue: 5, value: 3 });
  (st as St & { rating(label: string, stars: number): void }).rating("Your rating", stars);
  rating.write(st.sidebar, { label: "Sidebar rating", stars: 5 - stars });
}
