import type { Page } from "playwright-core";

/**
 * Collects every Content-Security-Policy violation a page reports: the DOM's `securitypolicyviolation` events
 * (hooked in before any page script runs; Playwright's init scripts are not subject to the page's CSP) and
 * Chromium's "Refused to …" console errors, which also cover what the page never sees (e.g. a blocked frame).
 * Chromium's complaints about the Permissions-Policy header (an unknown feature name) are collected too.
 */
export const watchSecurityHeaderProblems = async (page: Page): Promise<string[]> => {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to|Permissions-Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
};
