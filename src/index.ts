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
export { BaseConnection } from "./connections/base.ts";
export type { ConnectionInit } from "./connections/base.ts";
export type { SQLConnection, QueryOptions, QueryFunction } from "./connections/sql.ts";
export type { ConnectionOptions, ConnectionClass } from "./connections/connection.ts";
export type { Row, Params, WriteResult, SqlExecutor, SqliteDriver } from "./connections/types.ts";
export { ConnectionConfigError, ConnectionSecretsError, SqlError, SqlParamsError } from "./util/errors.ts";
