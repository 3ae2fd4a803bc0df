// "sluice/testing": AppTest and the element classes its lists hold. Re-exports only.
export { AppTest, type AppTestOptions } from "./apptest.ts";
export { AppTestError } from "./errors.ts";
export { ChatInput } from "./widgets.ts";
export { ChatMessage } from "./blocks.ts";
export { ElementList, type TestNode } from "./lookup.ts";
export { Element, Heading, Markdown, Text, Code, Alert, Exception, Json, Metric, Empty } from "./elements.ts";
export { Widget, Button, Checkbox, Slider, TextInput, TextArea, NumberInput } from "./widgets.ts";
export { Selectbox, Radio, Multiselect } from "./options.ts";
export { DataEditor } from "./data_editor.ts";
export { Block, Container, Column, Expander, Form } from "./blocks.ts";
export { Chart } from "./charts.ts";
export { Dataframe, Table } from "./data.ts";
export { Tab, Popover, Status, Progress, Toast, Spinner } from "./status.ts";
