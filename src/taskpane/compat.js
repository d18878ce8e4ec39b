/*
 * Runs before the pane, in ES5 so that every webview Office has ever used can run it. Excel 2016 and 2019
 * volume-licensed (and Microsoft 365 on older Windows without WebView2) show add-ins in Internet Explorer 11 (Trident)
 * or EdgeHTML (Microsoft: "Browsers and webview controls used by Office Add-ins"); the pane, React 19 and Fluent v9
 * built for ES2020, cannot run there and would leave a blank page. This script tells such users, in both languages,
 * what they can do instead, and sets window.PLAN_TARGETS_UNSUPPORTED so that the pane does not start.
 *
 * It is plain JavaScript, not TypeScript, because the build's TypeScript targets ES2020; test/manifest/compat.test.ts
 * parses it as ES5 and runs it in a page stripped of each feature it looks for.
 */
(function () {
  var userAgent = navigator.userAgent || "";
  var oldWebview = /Trident\/|MSIE |Edge\/\d/.test(userAgent);
  var missing = [];
  if (typeof globalThis === "undefined") missing.push("globalThis");
  if (typeof Promise === "undefined" || typeof Promise.allSettled !== "function")
    missing.push("Promise.allSettled");
  if (typeof String.prototype.matchAll !== "function") missing.push("String.prototype.matchAll");
  if (typeof Object.fromEntries !== "function") missing.push("Object.fromEntries");
  if (typeof Array.prototype.flat !== "function") missing.push("Array.prototype.flat");

  function paragraph(text, heading) {
    var element = document.createElement("p");
    element.appendChild(document.createTextNode(text));
    element.style.fontSize = heading ? "16px" : "14px";
    element.style.fontWeight = heading ? "600" : "400";
    element.style.margin = "0 0 10px";
    return element;
  }

  function explain(reason) {
    window.PLAN_TARGETS_UNSUPPORTED = reason;
    var root = document.getElementById("root");
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "unsupported");
    box.style.font = "14px 'Microsoft YaHei', 'Segoe UI', sans-serif";
    box.style.padding = "20px";
    box.style.lineHeight = "1.6";
    var page = location.href.split("#")[0];
    box.appendChild(paragraph("此版本 Office 无法运行本任务窗格", true));
    box.appendChild(
      paragraph(
        "这台电脑上的 Office 用 Internet Explorer 或旧版 Edge 显示加载项（Excel 2016、2019 批量许可版等），本窗格无法在其中运行。"
      )
    );
    box.appendChild(
      paragraph(
        "现在可以：在 Chrome、Edge 或 360 等浏览器中打开下面的地址，查看各区县目标表，复制或下载 .xlsx 后在 Excel 中打开。"
      )
    );
    var address = paragraph(page, false);
    address.style.fontWeight = "600";
    box.appendChild(address);
    box.appendChild(
      paragraph(
        "要在 Excel 中直接使用：升级到 Microsoft 365 或 Office 2021 及以上版本，并安装 Microsoft Edge WebView2 运行时。"
      )
    );
    box.appendChild(paragraph("This version of Office cannot run this task pane", true));
    box.appendChild(
      paragraph(
        "Office on this PC shows add-ins in Internet Explorer or the old Edge (Excel 2016 or 2019 volume-licensed, among others), where this pane cannot run."
      )
    );
    box.appendChild(
      paragraph(
        "You can open the address above in Chrome or Edge to see each district's targets, copy them or download .xlsx files to open in Excel."
      )
    );
    box.appendChild(
      paragraph(
        "To work inside Excel: Microsoft 365 or Office 2021 or later, with the Microsoft Edge WebView2 Runtime."
      )
    );
    root.appendChild(box);
  }

  if (oldWebview) explain("webview");
  else if (missing.length > 0) explain("missing " + missing.join(", "));
  else {
    // A script the webview cannot parse (a feature the checks above do not name) fails while the deferred scripts
    // run, before DOMContentLoaded; a SyntaxError thrown later (JSON.parse in a handler) is the pane's to report.
    var onError = function (event) {
      if (event.error instanceof SyntaxError || /SyntaxError/.test(String(event.message)))
        explain("syntax " + String(event.message));
    };
    window.addEventListener("error", onError);
    document.addEventListener("DOMContentLoaded", function () {
      window.removeEventListener("error", onError);
    });
  }
})();
