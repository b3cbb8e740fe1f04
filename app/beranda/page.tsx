import { redirect } from "next/navigation";
import { signInPath } from "@/components/auth/callback-url";
import { homeFor } from "@/components/layout/role-homes";
import { viewer } from "@/lib/auth/viewer";
import { rolesOf } from "@/lib/domain/auth/roles";

/** "Home" after signing in: each person lands where their most senior role works. */
export default async function BerandaPage() {
  const current = await viewer();
  if (!current) redirect(signInPath("/beranda"));
  // No role yet: a new account is a seller-to-be, so continue the business registration.
  redirect(homeFor(rolesOf(current)) ?? "/daftar-usaha");
}
