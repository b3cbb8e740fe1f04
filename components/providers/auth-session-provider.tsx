"use client";

import type { Session } from "next-auth";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

/**
 * The session comes from the server render, so the browser does not make an extra /api/auth/session
 * round trip on every page load (slow connections) nor on every tab switch.
 */
export function AuthSessionProvider({ session, children }: { session: Session | null; children: ReactNode }) {
  return (
    <SessionProvider session={session} refetchOnWindowFocus={false}>
      {children}
    </SessionProvider>
  );
}
