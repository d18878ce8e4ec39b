import { memoized } from "../../src/functions/memoized";

describe("memoized", () => {
  it("makes a value once per key object, and again for another object", () => {
    const cache = new WeakMap<object, number[]>();
    const make = jest.fn(() => [1, 2]);
    const key = {};
    const first = memoized(cache, key, make);
    expect(memoized(cache, key, make)).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
    expect(memoized(cache, {}, make)).not.toBe(first);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it("keeps nothing when making fails, so a later call tries again", () => {
    const cache = new WeakMap<object, string>();
    const key = {};
    expect(() =>
      memoized(cache, key, () => {
        throw new Error("「/」 has no number");
      })
    ).toThrow("has no number");
    expect(memoized(cache, key, () => "made")).toBe("made");
  });
});
