/** A cell of LibreOffice's HTML export: its background colour (conditional formats applied) and its value. */
export interface ExportedCell {
  bgcolor: string | null;
  value: number | null;
  text: string;
}

/**
 * The first table of a LibreOffice Calc HTML export as a grid indexed from A1. LibreOffice writes one <td> per cell
 * with bgcolor for the fill it rendered (conditional formats included) and sdval for numbers; colspan/rowspan only
 * appear for merged cells, which the test sheet has none of.
 */
export function exportedCells(html: string): ExportedCell[][] {
  const table = /<table[\s\S]*?<\/table>/i.exec(html)?.[0] ?? "";
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...row[1].matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)].map(([, attributes, content]) => {
      if (/colspan|rowspan/i.test(attributes))
        throw new Error("merged cells are not expected in the test sheet");
      const bgcolor = /bgcolor="([^"]+)"/i.exec(attributes)?.[1].toUpperCase() ?? null;
      const sdval = /sdval="([^"]+)"/i.exec(attributes)?.[1];
      return {
        bgcolor,
        value: sdval === undefined ? null : Number(sdval),
        text: content.replace(/<[^>]+>/g, "").trim(),
      };
    })
  );
}
