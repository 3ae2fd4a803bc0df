// Public entry ("sluice"): the types an app is written against. The server lives in "sluice/server".
export type { St } from "./elements/index.ts";
export type { AppFunction } from "./script/runner.ts";
export { defineElement } from "./elements/define.ts";
export { SluiceAPIError, DuplicateWidgetIdError, WidgetAlreadyInstantiatedError } from "./util/errors.ts";
export { columnConfig } from "./elements/column_config.ts";
export type { ColumnConfig, ColumnConfigInput, ColumnConfigMapping, ColumnKind } from "./elements/column_config.ts";
export type { DataframeOptions, DataframeState, SelectionMode } from "./elements/dataframe.ts";
export type { TableOptions } from "./elements/table.ts";
export { DataFormatError } from "./util/errors.ts";
export type { FragmentOptions } from "./elements/fragment.ts";
export type { DialogOptions } from "./elements/dialog.ts";
export { FragmentWidgetOutsideError, FragmentScopeError, DialogOpenError } from "./util/errors.ts";
export { StreamlitPage } from "./pages/page.ts";
export type { PageOptions, PagesHost, PageModule } from "./pages/page.ts";
export type { NavigationOptions } from "./elements/navigation.ts";
export type { PageLinkOptions } from "./elements/page_link.ts";
export { PageNotFoundError } from "./util/errors.ts";
