import type { OcdsOrganizationReference, OcdsPartyRole, OcdsRelease } from "./release-types";

export type PartyReferenceProblem = { path: string; id: string; problem: "missing_party" | "missing_role" | "name_mismatch"; role: OcdsPartyRole };

/**
 * Every organization reference of a release (buyer, procuring entity, suppliers, payers, payees) must point
 * at an entry of `parties` with the same name and the matching role, as OCDS requires. Returns what does
 * not; an empty list means the release is consistent.
 */
export const partyReferenceProblems = (release: Pick<OcdsRelease, "parties" | "buyer" | "tender" | "awards" | "contracts">): PartyReferenceProblem[] => {
  const parties = new Map(release.parties.map((p) => [p.id, p]));
  const problems: PartyReferenceProblem[] = [];
  const check = (path: string, ref: OcdsOrganizationReference, role: OcdsPartyRole) => {
    const party = parties.get(ref.id);
    if (!party) problems.push({ path, id: ref.id, problem: "missing_party", role });
    else if (!party.roles.includes(role)) problems.push({ path, id: ref.id, problem: "missing_role", role });
    else if (party.name !== ref.name) problems.push({ path, id: ref.id, problem: "name_mismatch", role });
  };
  check("buyer", release.buyer, "buyer");
  check("tender.procuringEntity", release.tender.procuringEntity, "procuringEntity");
  (release.awards ?? []).forEach((a, i) => a.suppliers.forEach((s, j) => check(`awards[${i}].suppliers[${j}]`, s, "supplier")));
  (release.contracts ?? []).forEach((c, i) =>
    (c.implementation?.transactions ?? []).forEach((t, j) => {
      check(`contracts[${i}].implementation.transactions[${j}].payer`, t.payer, "payer");
      check(`contracts[${i}].implementation.transactions[${j}].payee`, t.payee, "payee");
    }),
  );
  return problems;
};
