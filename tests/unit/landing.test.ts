import { LANDING_PRIORITY, landingPathFor, ROLE_HOME } from "@/lib/domain/auth/landing";
import { ROLES, type Role } from "@/lib/domain/auth/roles";

describe("landingPathFor: each role lands on its work", () => {
  it.each([
    ["approver", "/persetujuan"],
    ["treasurer", "/bendahara"],
    ["buyer", "/opd"],
    ["seller", "/penjual"],
    ["auditor", "/audit"],
    ["admin", "/admin"],
  ] as const)("%s alone lands on %s", (role, path) => {
    expect(landingPathFor([role])).toBe(path);
  });

  it("has no landing for a person without a role (the page sends them to register a business)", () => {
    expect(landingPathFor([])).toBeNull();
  });

  it.each([
    [["buyer", "approver"], "/persetujuan"],
    [["treasurer", "buyer"], "/bendahara"],
    [["approver", "treasurer"], "/persetujuan"],
    [["seller", "buyer"], "/opd"],
    [["seller", "admin"], "/admin"],
    [["approver", "auditor"], "/audit"],
  ] as [Role[], string][])("several roles %j land on the first in priority: %s", (roles, path) => {
    expect(landingPathFor(roles)).toBe(path);
  });

  it("does not depend on the order the roles come in", () => {
    const all = [...ROLES];
    expect(landingPathFor(all)).toBe(landingPathFor([...all].reverse()));
  });

  it("ranks every role exactly once and gives each a home", () => {
    expect([...LANDING_PRIORITY].sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(ROLE_HOME[role]).toMatch(/^\/[a-z]/);
  });
});
