import type { Role } from "@/lib/domain/auth/roles";
import { DEMO_SELLER_BUSINESS_KEY } from "./data/businesses";

export type AccountGrant =
  | { role: "admin" | "auditor" }
  | { role: "buyer" | "approver" | "treasurer"; opdShortName: string }
  | { role: "seller"; businessKey: string };

export type AccountSeed = {
  email: string;
  name: string;
  /** Only the documented demo accounts can sign in with a password; the rest are data for dashboards. */
  hasDemoPassword: boolean;
  grants: readonly AccountGrant[];
};

/** The documented demo accounts (DESIGN.md), password DEMO_PASSWORD, refused in production. */
export const DEMO_ACCOUNTS: readonly AccountSeed[] = [
  { email: "admin@pasarumk.test", name: "Admin Diskop UKM NTB", hasDemoPassword: true, grants: [{ role: "admin" }] },
  {
    email: "penjual@pasarumk.test",
    name: "Baiq Nurhayati",
    hasDemoPassword: true,
    grants: [{ role: "seller", businessKey: DEMO_SELLER_BUSINESS_KEY }],
  },
  {
    email: "pembeli@pasarumk.test",
    name: "Lalu Muhammad Rizki",
    hasDemoPassword: true,
    grants: [{ role: "buyer", opdShortName: "Dispar" }],
  },
  {
    email: "ppk@pasarumk.test",
    name: "Hj. Baiq Sri Rahmawati",
    hasDemoPassword: true,
    grants: [{ role: "approver", opdShortName: "Dispar" }],
  },
  {
    email: "bendahara@pasarumk.test",
    name: "Nurul Fitriani",
    hasDemoPassword: true,
    grants: [{ role: "treasurer", opdShortName: "Dispar" }],
  },
  { email: "auditor@pasarumk.test", name: "Auditor BKAD NTB", hasDemoPassword: true, grants: [{ role: "auditor" }] },
];

/** Buyers and PPKs of two more OPDs, without passwords, so reports and rotation rules have more than one office. */
export const OTHER_OPD_ACCOUNTS: readonly AccountSeed[] = [
  {
    email: "pembeli.diskop@pasarumk.test",
    name: "Lalu Fathurrahman",
    hasDemoPassword: false,
    grants: [{ role: "buyer", opdShortName: "Diskop UKM" }],
  },
  {
    email: "ppk.diskop@pasarumk.test",
    name: "Hj. Sri Wahyuni",
    hasDemoPassword: false,
    grants: [{ role: "approver", opdShortName: "Diskop UKM" }],
  },
  {
    email: "pembeli.dinkes@pasarumk.test",
    name: "Ni Luh Putu Ariani",
    hasDemoPassword: false,
    grants: [{ role: "buyer", opdShortName: "Dinkes" }],
  },
  {
    email: "ppk.dinkes@pasarumk.test",
    name: "dr. Ahmad Fauzi",
    hasDemoPassword: false,
    grants: [{ role: "approver", opdShortName: "Dinkes" }],
  },
];

export const ALL_ACCOUNTS: readonly AccountSeed[] = [...DEMO_ACCOUNTS, ...OTHER_OPD_ACCOUNTS];

export const rolesOfAccount = (account: AccountSeed): Role[] => account.grants.map((grant) => grant.role);
