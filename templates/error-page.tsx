/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The HTML page for a request sluice refused (4xx) or could not answer (5xx), for a browser without JavaScript:
// the app's stylesheet, what happened in plain words, and a link back to the app.
import { assetPath } from "../src/gen/assets.ts";

const headings: Record<number, string> = {
  400: "The app could not use that request",
  403: "That request was refused",
  404: "Page not found",
  410: "This session has ended",
  413: "That was too much to send at once",
  415: "The app could not read that request",
  429: "The app is busy",
  500: "Sorry, something went wrong",
};

export function ErrorPage(p: { status: number; message: string }) {
  const heading = headings[p.status] ?? (p.status >= 500 ? headings[500]! : headings[400]!);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{heading}</title>
        <link rel="stylesheet" href={assetPath("sluice.css")} />
      </head>
      <body>
        <main id="sl-0" class="sl-main sl-error-page">
          <h1>{heading}</h1>
          <p>{p.message}</p>
          <p>
            <a href="/">{p.status === 410 ? "Start again" : "Go back to the app"}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
