import { sellPathFor } from "@/components/layout/role-homes";

describe("where 'Jual di Pasar UMK' leads", () => {
  it("sends a visitor to sign up first", () => {
    expect(sellPathFor(null)).toBe("/daftar");
  });
  it("sends a signed-in person with no business yet to the business registration", () => {
    expect(sellPathFor({ roles: [] })).toBe("/daftar-usaha");
    expect(sellPathFor({ roles: ["buyer", "approver"] })).toBe("/daftar-usaha");
  });
  it("is not offered to someone who already sells", () => {
    expect(sellPathFor({ roles: ["seller"] })).toBeNull();
    expect(sellPathFor({ roles: ["admin", "seller"] })).toBeNull();
  });
});
