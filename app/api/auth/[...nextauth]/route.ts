import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = (request: Request, context: unknown) =>
  (NextAuth(authOptions()) as (req: Request, ctx: unknown) => Promise<Response>)(request, context);

export { handler as GET, handler as POST };
