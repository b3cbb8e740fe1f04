import NextAuth from "next-auth";
import { throttledCredentialsSignIn } from "@/lib/auth/credentials-throttle";
import { authOptions } from "@/lib/auth/options";

const nextAuth = (request: Request, context: unknown) =>
  (NextAuth(authOptions()) as (req: Request, ctx: unknown) => Promise<Response>)(request, context);

/** next-auth, with the sign-in throttle in front of its credentials callback (429 + Retry-After). */
const handler = async (request: Request, context: unknown) => (await throttledCredentialsSignIn(request)) ?? nextAuth(request, context);

export { handler as GET, handler as POST };
