// Serves examples/hello.ts under Bun: `bun examples/serve-bun.ts [port] [hostname]` (PORT / HOST env also work).
import { createApp } from "../src/server/index.ts";
import { serve } from "../src/adapters/bun.ts";
import app from "./hello.ts";

const [port = process.env.PORT ?? "8501", hostname = process.env.HOST ?? "localhost"] = process.argv.slice(2);
const server = await serve(createApp({ app, title: "Hello, sluice" }), { port: Number(port), hostname });
console.log(`sluice (bun): http://${hostname}:${server.port}`);
