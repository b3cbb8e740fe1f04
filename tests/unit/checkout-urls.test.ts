import { defaultCheckoutReturnUrls, resolveCheckoutReturnUrls } from "@/lib/domain/payments/checkout-urls";

const options = { orderId: "o-1", appOrigin: "https://pasar.ntbprov.go.id", allowedOrigins: ["https://pasar.ntbprov.go.id", "http://127.0.0.1:3000"] };

describe("card checkout return URLs", () => {
  it("default to the order's pay page on the app's origin", () => {
    expect(defaultCheckoutReturnUrls("https://pasar.ntbprov.go.id/", "o 1")).toEqual({
      successUrl: "https://pasar.ntbprov.go.id/bendahara/o%201/kartu?session_id={CHECKOUT_SESSION_ID}",
      cancelUrl: "https://pasar.ntbprov.go.id/bendahara/o%201?kartu=batal",
    });
    expect(resolveCheckoutReturnUrls({}, options)).toEqual({ urls: defaultCheckoutReturnUrls(options.appOrigin, "o-1"), foreign: [] });
  });

  it("keep URLs on an allowed origin, the printed local address included", () => {
    const given = { successUrl: "http://127.0.0.1:3000/ok?session_id={CHECKOUT_SESSION_ID}", cancelUrl: "https://pasar.ntbprov.go.id/no" };
    expect(resolveCheckoutReturnUrls(given, options)).toEqual({ urls: given, foreign: [] });
  });

  it("name every field that points elsewhere: another host, a sibling sub-domain, another port or scheme", () => {
    for (const url of ["https://phish.test/ok", "https://bkad.ntbprov.go.id/ok", "https://pasar.ntbprov.go.id:8443/ok", "http://pasar.ntbprov.go.id/ok", "javascript:alert(1)"]) {
      expect(resolveCheckoutReturnUrls({ successUrl: url }, options).foreign).toEqual(["successUrl"]);
    }
    expect(resolveCheckoutReturnUrls({ successUrl: "https://a.test", cancelUrl: "https://b.test" }, options).foreign).toEqual(["successUrl", "cancelUrl"]);
  });
});
