import { certificateKindsFor, certificationsNotForKbli, isFoodKbli } from "@/lib/domain/business/certification";

describe("certificate kinds follow the KBLI", () => {
  it.each([
    ["10794", true], // keripik, dodol
    ["11040", true], // minuman serbuk
    ["56210", true], // katering
    ["13122", false], // tenun
    ["01499", false], // lebah madu (primary production, not processing)
    ["1079", false], // not a 5-digit KBLI
  ])("KBLI %s is food: %p", (kbli, food) => {
    expect(isFoodKbli(kbli)).toBe(food);
  });

  it("gives food businesses the food permits, others only halal and SNI (BPOM also for cosmetics and medicine)", () => {
    expect(certificateKindsFor("10794")).toEqual(["halal", "pirt", "bpom", "sni"]);
    expect(certificateKindsFor("13122")).toEqual(["halal", "sni"]);
    expect(certificateKindsFor("20232")).toEqual(["halal", "bpom", "sni"]);
    expect(certificateKindsFor("21022")).toEqual(["halal", "bpom", "sni"]);
  });

  it("names the certificates a KBLI does not allow, by position", () => {
    expect(certificationsNotForKbli("13122", [{ kind: "sni" }, { kind: "pirt" }, { kind: "bpom" }])).toEqual([{ index: 1, kind: "pirt" }, { index: 2, kind: "bpom" }]);
    expect(certificationsNotForKbli("10710", [{ kind: "pirt" }, { kind: "halal" }])).toEqual([]);
  });
});
