// The cookies an answer set, as the `cookie` header a browser would send back (sessions are bound to the browser
// cookie, so a test speaking plain fetch must carry it). Shared by the suites that do not use tests/http's client.
export const cookiesOf = (res: Response): string => res.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
