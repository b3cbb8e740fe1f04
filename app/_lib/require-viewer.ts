import "server-only";
import { redirect } from "next/navigation";
import { signInPath } from "@/components/auth/callback-url";
import { viewer } from "@/lib/auth/viewer";

/** The viewer of a protected page; anonymous visitors go to sign-in and come back to `path` afterwards. */
export const requireViewer = async (path: string) => {
  const current = await viewer();
  if (!current) redirect(signInPath(path));
  return current;
};
