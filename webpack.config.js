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
const zhCnTable = require("./src/functions/functions.zh-cn.json");

const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Emits functions-zh-cn.json beside functions.json, from the translation table; fails the build on a gap. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return;
          try {
            const metadata = JSON.parse(english.source.source().toString());
            const localized = localizeMetadata(metadata, zhCnTable);
            compilation.emitAsset(
              "functions-zh-cn.json",
              new webpack.sources.RawSource(JSON.stringify(localized, null, 2))
            );
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(`functions-zh-cn.json: ${error.message}`));
          }
        }
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
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ PLAN_SEEDS: JSON.stringify(seeds) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
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
