import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { fetchStandInMessages } from "../setup/whatsapp-stand-in";

// POST /api/v1/me/phone and /verify over HTTP against the production build, which sends through the test
// stack's WhatsApp Cloud API stand-in (WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_API_BASE).

jest.setTimeout(60_000);

const json = async <T>(response: Response) => (await response.json()) as T;

describe("WhatsApp number API", () => {
  it("refuses a landline (422), sends a code by WhatsApp (202), refuses a wrong one (400) and verifies the right one (200)", async () => {
    const auditor = new HttpSession();
    await auditor.signIn("auditor@pasarumk.test", testPassword());
    const before = (await fetchStandInMessages(testStack().whatsapp.url)).length;

    expect((await auditor.fetch("/api/v1/me/phone", { method: "POST", body: JSON.stringify({ phone: "021 555 0101" }) })).status).toBe(422);
    const sent = await auditor.fetch("/api/v1/me/phone", { method: "POST", body: JSON.stringify({ phone: "+62 819-0000-1234" }) });
    expect(sent.status).toBe(202);
    expect(await json(sent)).toMatchObject({ phoneMasked: "+62 819 •••• 1234", verified: false, codeSent: true });

    const message = (await fetchStandInMessages(testStack().whatsapp.url)).slice(before).find((m) => m.body.to === "6281900001234");
    expect(message).toBeDefined();
    const code = /\b(\d{6})\b/.exec((message!.body.text as { body: string }).body)![1]!;

    const wrong = await auditor.fetch("/api/v1/me/phone/verify", { method: "POST", body: JSON.stringify({ code: code === "000000" ? "111111" : "000000" }) });
    expect(wrong.status).toBe(400);
    expect(await json(wrong)).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("Kode salah"), details: [{ code: "code_wrong", attemptsLeft: 4 }] } });

    const right = await auditor.fetch("/api/v1/me/phone/verify", { method: "POST", body: JSON.stringify({ code }) });
    expect(right.status).toBe(200);
    expect(await json(right)).toMatchObject({ phoneMasked: "+62 819 •••• 1234", verified: true });
    const prefs = await json<{ whatsapp: { available: boolean; verified: boolean } }>(await auditor.fetch("/api/v1/notifications/preferences"));
    expect(prefs.whatsapp).toMatchObject({ available: true, verified: true });
  });

  it("answers malformed bodies with a 4xx in the error shape, never a 5xx", async () => {
    const buyer = new HttpSession();
    await buyer.signIn("pembeli@pasarumk.test", testPassword());
    const bodies = ["", "null", "[]", "{", JSON.stringify({ phone: 8123 }), JSON.stringify({ phone: "0812\u0000345678" }), JSON.stringify({ phone: "x".repeat(5_000) }), JSON.stringify({ code: "\uD800\uD800\uD800" }), JSON.stringify({ code: 123456 })];
    for (const path of ["/api/v1/me/phone", "/api/v1/me/phone/verify"]) {
      for (const body of bodies) {
        const response = await buyer.fetch(path, { method: "POST", body, headers: { "content-type": "application/json" } });
        // The request is in the expectation, so a failure names it.
        expect({ path, body, is4xx: response.status >= 400 && response.status < 500 }).toEqual({ path, body, is4xx: true });
        expect(await json(response)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }
    }
  });

  it("answers 401 to visitors", async () => {
    const visitor = new HttpSession();
    expect((await visitor.fetch("/api/v1/me/phone", { method: "POST", body: JSON.stringify({ phone: "081900001234" }) })).status).toBe(401);
    expect((await visitor.fetch("/api/v1/me/phone/verify", { method: "POST", body: JSON.stringify({ code: "123456" }) })).status).toBe(401);
  });
});
