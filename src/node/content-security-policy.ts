/**
 * The Content-Security-Policy of the pane page, which the build writes into dist/taskpane.html as a <meta> element
 * (the page is static files on whatever server an office has, so it cannot count on a header).
 *
 * Scripts come from our origin and from office.js's (Microsoft's CDN, or the copy an intranet serves); nothing inline,
 * no eval. What office.js itself needs was read from its source (node_modules/@microsoft/office-js/dist): it adds
 * the host's scripts from its own origin, fetches its strings from there with XMLHttpRequest, and in Office on the web
 * may open a hidden frame of its own origin; its one `new Function` sits in a try with a fallback. Styles allow
 * inline: Fluent writes its theme and Griffel its rules into <style> elements at run time, and a static page has no
 * per-response nonce to give them; a style cannot run code.
 * `frame-ancestors` is left out: a <meta> policy cannot carry it, and Office frames the pane.
 */
export interface PolicyOptions {
  /** office.js's address as the build sets it: absolute (a CDN or intranet copy) or a path on our origin. */
  officeJs: string;
  /** The development server: eval source maps and its live-reload socket. */
  dev: boolean;
  /** The development server's port, for its socket. */
  devPort?: number;
}

/** The origin office.js is loaded from, or null when it is served by our own origin. */
export function officeJsOrigin(officeJs: string): string | null {
  if (!/^https?:\/\//i.test(officeJs)) return null;
  return new URL(officeJs).origin;
}

export function contentSecurityPolicy({ officeJs, dev, devPort = 3000 }: PolicyOptions): string {
  const office = officeJsOrigin(officeJs);
  const withOffice = (...sources: string[]) => (office ? [...sources, office] : sources);
  const socket = dev ? [`wss://localhost:${devPort}`] : [];
  const directives: [string, string[]][] = [
    ["default-src", ["'none'"]],
    ["script-src", [...withOffice("'self'"), ...(dev ? ["'unsafe-eval'"] : [])]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'"]],
    ["connect-src", [...withOffice("'self'"), ...socket]],
    ["frame-src", withOffice("'self'")],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}
