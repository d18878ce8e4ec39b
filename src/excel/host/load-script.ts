/**
 * Adds a script to the page's head and resolves true once it has run, false if it fails to load. Never rejects
 * and has no timeout of its own: a held request keeps it pending, and the caller decides how long to wait.
 */
export function loadScript(src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.addEventListener("load", () => resolve(true));
    script.addEventListener("error", () => resolve(false));
    document.head.appendChild(script);
  });
}
