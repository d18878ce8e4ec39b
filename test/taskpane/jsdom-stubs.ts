/**
 * jsdom has no layout: Fluent's MessageBar observes its size, and the pane marks its first paint after a frame.
 * Stubs for just those, for the component tests.
 */
export function stubLayoutApis(): void {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
  window.requestAnimationFrame ??= (callback) =>
    setTimeout(() => callback(0), 0) as unknown as number;
  performance.mark ??= (() => undefined) as unknown as typeof performance.mark;
}
