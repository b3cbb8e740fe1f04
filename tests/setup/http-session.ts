import { testStack } from "./stack";

/** A tiny cookie-keeping client for the running app, signing in the way a browser does. */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl = testStack().appUrl!) {}

  async fetch(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    // What a browser sends on its own: the page's Origin on every non-GET, and JSON bodies typed as JSON.
    if (!headers.has("origin") && (init.method ?? "GET").toUpperCase() !== "GET") headers.set("origin", new URL(this.baseUrl).origin);
    if (typeof init.body === "string" && !headers.has("content-type")) headers.set("content-type", "application/json");
    if (this.cookies.size && !headers.has("cookie")) headers.set("cookie", this.cookieHeader());
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** POSTs the credentials form through next-auth; returns whatever next-auth answered. */
  async signIn(email: string, password: string) {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/beranda" }),
    });
    return { status: response.status, body: (await response.json()) as { url: string }, hasSession: this.hasSessionCookie() };
  }

  /** The cookies as a browser would send them, to replay them from another client. */
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  hasSessionCookie() {
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }

  async session() {
    return (await (await this.fetch("/api/auth/session")).json()) as { user?: { id: string; email: string; name: string; roles: string[] } };
  }
}
