// Opens the app in the user's browser on start (unless --server.headless), as `streamlit run` does.
import { spawn } from "node:child_process";

/** Best effort: a machine without a desktop simply keeps the printed URL. */
export function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // no opener on this machine
  }
}
