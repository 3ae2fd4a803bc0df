// The one error AppTest raises on its own: a test asked for something the app did not draw, or for an action
// the browser could not have taken. (App errors are not thrown: they become exception elements, as on a page.)
import { SluiceAPIError } from "../util/errors.ts";

/** A misuse of AppTest, e.g. `at.button.byKey("nope")` or `setValue` on a disabled widget. */
export class AppTestError extends SluiceAPIError {
  override name = "AppTestError";
}
