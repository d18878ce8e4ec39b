import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";

/*
 * The floor the pane is measured against: a minimal React + Fluent UI v9 pane with the components our pane shows
 * first (provider, heading, tabs, spinner, buttons, message bar, dropdown), built the same way (webpack production,
 * ts-loader), into a temporary directory.
 */

const ROOT = join(__dirname, "..");

const ENTRY = `
import { createRoot } from "react-dom/client";
import {
  Button, Dropdown, FluentProvider, MessageBar, MessageBarBody, Option, Spinner, Tab, TabList, Text, webLightTheme,
} from "@fluentui/react-components";

createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <Text as="h2">科创目标台账</Text>
    <TabList defaultSelectedValue="tables"><Tab value="tables">目标表</Tab><Tab value="highlight">进度着色</Tab></TabList>
    <Dropdown placeholder="区县"><Option>江北区</Option></Dropdown>
    <MessageBar><MessageBarBody>floor</MessageBarBody></MessageBar>
    <Button appearance="primary">插入</Button>
    <Spinner size="tiny" />
  </FluentProvider>
);
`;

const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>floor</title></head>
<body><div id="root"></div><script src="floor.js"></script></body></html>`;

/** Builds the floor pane; resolves with its directory (floor.html, floor.js, floor.js.map). */
export function buildFloorPane(): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), "pane-floor-"));
  writeFileSync(join(directory, "floor.tsx"), ENTRY);
  writeFileSync(join(directory, "floor.html"), HTML);
  const compiler = webpack({
    mode: "production",
    devtool: "source-map",
    context: directory,
    entry: { floor: "./floor.tsx" },
    output: { path: directory, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"], modules: [join(ROOT, "node_modules")] },
    resolveLoader: { modules: [join(ROOT, "node_modules")] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: join(ROOT, "tsconfig.json"),
              compilerOptions: { jsx: "react-jsx", module: "ESNext" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => resolve(directory));
    })
  );
}
