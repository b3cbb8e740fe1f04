/** The failures the sign-in page explains; next-auth passes them as `error` (thrown reason or URL parameter). */
export const SIGN_IN_ERRORS = ["CredentialsSignin", "rate_limited", "demo_password_refused", "sso_not_provisioned", "database_unavailable"] as const;
export type SignInErrorKey = (typeof SIGN_IN_ERRORS)[number] | "generic";

export const toSignInErrorKey = (error: unknown): SignInErrorKey =>
  (SIGN_IN_ERRORS as readonly unknown[]).includes(error) ? (error as SignInErrorKey) : "generic";
