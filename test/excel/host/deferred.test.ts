import { deferred } from "../../../src/excel/host/deferred";

interface Actions {
  add(a: number, b: number): Promise<number>;
  name(): Promise<string>;
}

const real: Actions = {
  add: (a, b) => Promise.resolve(a + b),
  name: () => Promise.resolve("real"),
};

describe("deferred actions", () => {
  it("fetch nothing until the first call, then once for every method and every call", async () => {
    const load = jest.fn(() => Promise.resolve(real));
    const actions = deferred(load, ["add", "name"]);
    expect(load).not.toHaveBeenCalled();
    const answers = await Promise.all([actions.add(2, 3), actions.name(), actions.add(1, 1)]);
    expect(answers).toEqual([5, "real", 2]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("pass the real action's failure on as it is", async () => {
    const failing: Actions = { ...real, add: () => Promise.reject(new Error("GeneralException")) };
    const actions = deferred(() => Promise.resolve(failing), ["add"]);
    await expect(actions.add(1, 2)).rejects.toThrow("GeneralException");
  });

  it("forget a load that failed, so the next click fetches again", async () => {
    const load = jest
      .fn<Promise<Actions>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk excel-fill failed."))
      .mockResolvedValue(real);
    const actions = deferred(load, ["name"]);
    await expect(actions.name()).rejects.toThrow("Loading chunk excel-fill failed.");
    await expect(actions.name()).resolves.toBe("real");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("have only the methods named", () => {
    expect(Object.keys(deferred(() => Promise.resolve(real), ["name"]))).toEqual(["name"]);
  });
});
