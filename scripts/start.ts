import { spawn } from "child_process";

/* npm start: sideload into Excel where office-addin-debugging can (Windows, macOS); elsewhere serve the add-in and
   say how to open it, since sideloading is not supported on Linux. */

const PORT = 3000;

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => {
    process.exitCode = code ?? 1;
  });
}

if (process.platform === "win32" || process.platform === "darwin") {
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
} else {
  console.log(
    [
      `Excel sideloading is not available on ${process.platform}. Serving the add-in on https://localhost:${PORT}:`,
      `  - plain browser (viewer mode): open https://localhost:${PORT}/taskpane.html and accept the self-signed certificate;`,
      "  - Excel on the web: Insert › Add-ins › Upload My Add-in › manifest.xml (the browser must trust the certificate);",
      "  - Excel desktop: run `npm start` on Windows or macOS.",
    ].join("\n")
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
