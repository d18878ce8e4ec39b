import { paletteFor, STATUS_ORDER, Swatch } from "../../../src/core/highlight/palette";

/** sRGB → linear → simulated dichromat (Viénot, Brettel & Mollon 1999 matrices) → CIELAB, for ΔE between swatches. */
const DICHROMATS: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.1124, 0.8876, 0],
    [0.1124, 0.8876, 0],
    [0.004, -0.004, 1],
  ],
  deuteranopia: [
    [0.2927, 0.7073, 0],
    [0.2927, 0.7073, 0],
    [-0.0223, 0.0223, 1],
  ],
};

function linear(hex: string): number[] {
  return [1, 3, 5].map((start) => {
    const c = parseInt(hex.slice(start, start + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab(rgb: number[]): number[] {
  const [r, g, b] = rgb.map((c) => Math.min(1, Math.max(0, c)));
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089,
  ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

function seenAs(swatch: Swatch, matrix: number[][]): number[] {
  const rgb = linear(swatch.fill);
  return lab(matrix.map((row) => row.reduce((sum, weight, index) => sum + weight * rgb[index], 0)));
}

function deltaE(a: number[], b: number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

describe("palette", () => {
  it.each(["red-behind", "red-ahead"] as const)(
    "%s: every pair of levels differs by ΔE ≥ 20 for typical, protan and deutan vision",
    (meaning) => {
      const palette = paletteFor(meaning);
      for (const matrix of Object.values(DICHROMATS)) {
        for (const a of STATUS_ORDER) {
          for (const b of STATUS_ORDER) {
            if (a < b)
              expect(
                deltaE(seenAs(palette[a], matrix), seenAs(palette[b], matrix))
              ).toBeGreaterThanOrEqual(20);
          }
        }
      }
    }
  );

  it("puts red on far-behind by default and on met when switched", () => {
    expect(paletteFor("red-behind")["far-behind"].fill).toBe("#D55E00");
    expect(paletteFor("red-ahead").met.fill).toBe("#D55E00");
  });

  it("gives every fill a text colour with contrast ≥ 4.5 : 1", () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = linear(hex);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const swatch of Object.values(paletteFor("red-behind"))) {
      const [light, dark] = [luminance(swatch.fill), luminance(swatch.font)].sort((x, y) => y - x);
      expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
