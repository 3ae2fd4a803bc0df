// Public entry ("sluice"): the types an app is written against. The server lives in "sluice/server".
export type { St } from "./elements/index.ts";
export type { AppFunction } from "./script/runner.ts";
export { defineElement } from "./elements/define.ts";
export { SluiceAPIError, DuplicateWidgetIdError, WidgetAlreadyInstantiatedError } from "./util/errors.ts";
