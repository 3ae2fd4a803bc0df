#!/usr/bin/env node
// The `sluice` command: runs the TypeScript CLI through tsx on Node.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
