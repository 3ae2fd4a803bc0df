// Serves examples/hello.ts under Deno: `deno run --allow-net examples/serve-deno.ts [port] [hostname]`.
// The port comes from the arguments, not the environment, so no --allow-env is needed.
import { createApp } from "../src/server/index.ts";
import { serve } from "../src/adapters/deno.ts";
import app from "./hello.ts";

declare const Deno: { args: string[] };

const [port = "8501", hostname = "localhost"] = Deno.args;
const server = await serve(createApp({ app, title: "Hello, sluice" }), { port: Number(port), hostname });
console.log(`sluice (deno): http://${hostname}:${server.port}`);
