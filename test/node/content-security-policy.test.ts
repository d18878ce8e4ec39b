import { contentSecurityPolicy, officeJsOrigin } from "../../src/node/content-security-policy";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name, sources];
    })
  );

describe("the pane page's Content-Security-Policy", () => {
  test("in production, scripts come from our origin and Microsoft's office.js origin, with no inline script or eval", () => {
    const policy = directives(
      contentSecurityPolicy({
        officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
        dev: false,
      })
    );
    expect(policy["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy["connect-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy["default-src"]).toEqual(["'none'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
  });

  test("an intranet copy of office.js (OFFICE_JS_URL) is the one other script origin", () => {
    const policy = directives(
      contentSecurityPolicy({
        officeJs: "https://kjj.example.gov.cn:8443/office-js/office.js",
        dev: false,
      })
    );
    expect(policy["script-src"]).toEqual(["'self'", "https://kjj.example.gov.cn:8443"]);
  });

  test("office.js served from our own origin adds no origin", () => {
    expect(officeJsOrigin("/office-js/office.js")).toBeNull();
    expect(
      directives(contentSecurityPolicy({ officeJs: "/office-js/office.js", dev: false }))[
        "script-src"
      ]
    ).toEqual(["'self'"]);
  });

  test("the development server adds eval (its source maps) and its live-reload socket, nothing else", () => {
    const policy = directives(
      contentSecurityPolicy({ officeJs: "/office-js/office.js", dev: true, devPort: 3000 })
    );
    expect(policy["script-src"]).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy["connect-src"]).toEqual(["'self'", "wss://localhost:3000"]);
  });
});
