/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname, process */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

// The build reads and validates the plan data with the same TypeScript code the add-in runs.
require("ts-node").register({
  transpileOnly: true,
  scope: true,
  scopeDir: path.join(__dirname, "src"),
  compilerOptions: { module: "CommonJS", moduleResolution: "Node" },
});
const { readSeeds } = require("./src/node/read-seeds.ts");
const { loadCatalog } = require("./src/core/catalog/load-catalog.ts");
const { localizeMetadata } = require("./src/functions/localize-metadata.ts");
const { namingProblems } = require("./src/functions/metadata-rules.ts");
const { settleMetadata } = require("./src/functions/metadata-settings.ts");
const { contentSecurityPolicy } = require("./src/node/content-security-policy.ts");
const zhCnTable = require("./src/functions/functions.zh-cn.json");

const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Settles functions.json's top-level settings, emits functions-zh-cn.json beside it from the translation table, and
 * fails the build on a gap in the translation or on a name that breaks Microsoft's naming rules or ours.
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsMetadataPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS,
        },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return;
          try {
            const english = settleMetadata(JSON.parse(generated.source.source().toString()));
            const chinese = localizeMetadata(english, zhCnTable);
            const problems = [...namingProblems(english), ...namingProblems(chinese)];
            if (problems.length > 0) throw new Error(problems.join("; "));
            const emit = (metadata) =>
              new webpack.sources.RawSource(JSON.stringify(metadata, null, 2));
            compilation.updateAsset("functions.json", emit(english));
            compilation.emitAsset("functions-zh-cn.json", emit(chinese));
          } catch (error) {
            compilation.errors.push(
              new webpack.WebpackError(`functions metadata: ${error.message}`)
            );
          }
        }
      );
    });
  }
}

/**
 * Emits plan-data.js, the data files as one script that puts them on the global object (PLAN_SEEDS), which
 * taskpane.html loads before the pane: the pane and the custom functions run in one page (the shared runtime) and
 * read the same copy, so the data ships once instead of in both bundles. JSON.parse of a string is faster to parse
 * than the same object as a literal.
 */
class PlanDataPlugin {
  constructor(seeds) {
    this.source = `globalThis.PLAN_SEEDS=JSON.parse(${JSON.stringify(JSON.stringify(seeds))});\n`;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PlanDataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PlanDataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset("plan-data.js", new webpack.sources.RawSource(this.source))
      );
    });
  }
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const seeds = readSeeds(path.join(__dirname, "seeds"));
  loadCatalog(seeds);
  const officeJs = process.env.OFFICE_JS_URL || (dev ? "/office-js/office.js" : OFFICE_JS_CDN);

  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript to JavaScript, then Griffel computes each makeStyles' CSS at
          // build time, so the pane ships class names instead of the style engine and the table of design tokens.
          use: [
            { loader: "@griffel/webpack-loader" },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        OFFICE_JS_URL: JSON.stringify(officeJs),
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsMetadataPlugin(),
      new PlanDataPlugin(seeds),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions.js is loaded by the pane once office.js has run (src/excel/host/office-host.ts); plan-data.js
        // is a deferred script of the template, so it runs before the pane's.
        chunks: ["taskpane"],
        contentSecurityPolicy: contentSecurityPolicy({ officeJs, dev, devPort: DEV_PORT }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/compat.js", to: "compat.js" },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        {
          directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
        },
      ],
    },
  };
};
