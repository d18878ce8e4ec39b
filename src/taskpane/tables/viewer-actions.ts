/** What the pane does outside Excel; a prop so that component tests need no clipboard or downloads. */
export interface ViewerActions {
  copy(text: string, html: string): Promise<void>;
  download(fileName: string, data: ArrayBuffer): void;
}

/** The textarea route works where navigator.clipboard is missing or refused (http pages, older WebViews). */
function copyWithTextarea(text: string): void {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const done = document.execCommand("copy");
  area.remove();
  if (!done) throw new Error("copy refused");
}

/** HTML as well as text when the browser allows it: Excel and WPS then keep text cells as text. */
async function copyToClipboard(text: string, html: string): Promise<void> {
  try {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" }),
        }),
      ]);
      return;
    }
    await navigator.clipboard.writeText(text);
  } catch {
    copyWithTextarea(text);
  }
}

function downloadFile(fileName: string, data: ArrayBuffer): void {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export const browserActions: ViewerActions = { copy: copyToClipboard, download: downloadFile };
