import { redirect } from "next/navigation";
import { signInPath } from "@/components/auth/callback-url";
import { viewer } from "@/lib/auth/viewer";
import { landingPathFor } from "@/lib/domain/auth/landing";
import { rolesOf } from "@/lib/domain/auth/roles";

/** "Home" after signing in (and the header's logo): each person lands on the work of their first role (landingPathFor). */
export default async function BerandaPage() {
  const current = await viewer();
  if (!current) redirect(signInPath("/beranda"));
  // No role yet: a new account is a seller-to-be, so continue the business registration.
  redirect(landingPathFor(rolesOf(current)) ?? "/daftar-usaha");
}
