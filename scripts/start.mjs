// `npm start`: runs the Worker locally with wrangler dev on the embedded defaults (built-in guide
// model, in-memory store), with every outside connection switched off, and prints the local URL.
import { spawn } from "node:child_process";

const port = process.env.PORT ?? "8787";
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_HIDE_BANNER: "true",
};
const child = spawn("wrangler", ["dev", "--ip", "127.0.0.1", "--port", port, "--show-interactive-dev-session=false"], {
  env,
  stdio: ["inherit", "pipe", "inherit"],
});
let announced = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready on/i.test(String(chunk))) {
    announced = true;
    console.log(
      `\nrecordpath is running at http://127.0.0.1:${port}/  (built-in guide model, in-memory store; Ctrl+C to stop)\n`,
    );
  }
});
const stop = () => child.kill("SIGINT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
