import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";

export type TestStack = {
  adminDatabaseUrl: string;
  template: string;
  meiliHost: string;
  meiliMasterKey: string;
  appUrl?: string;
  /** Where the app's mail arrives (a real SMTP catcher fed by the notification worker); with the app only. */
  mailDir?: string;
  appDatabaseUrl?: string;
  /** The Stripe stand-in: its base URL (GET /__stand-in/requests lists what it received) and the env the app got. */
  stripe: { url: string; env: Record<"STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_HOST" | "STRIPE_API_PORT" | "STRIPE_API_PROTOCOL", string> };
  /** The WhatsApp Cloud API stand-in the app sends to: GET {url}/__stand-in/messages lists what it received. */
  whatsapp: { url: string };
};

/** Password of the seeded users in tests: not the demo one, which production builds refuse. */
export const TEST_USER_PASSWORD = "uji-rahasia-2026";

const holder = globalThis as unknown as { __pasarStack?: ChildProcess };

/**
 * Starts the real engines (and the production build of the app) once per Jest run, in a child process
 * we can always stop, and hands their addresses to the test workers through the environment.
 */
export default async function globalSetup() {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/test-stack.ts", "--app", `--password=${TEST_USER_PASSWORD}`], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "test" },
  });
  holder.__pasarStack = child;
  const stack = await new Promise<TestStack>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once("line", (line) => resolve(JSON.parse(line) as TestStack));
    child.once("exit", (code) => reject(new Error(`test stack exited with code ${code} before it was ready`)));
  });
  process.env.PASAR_TEST_STACK = JSON.stringify(stack);
  process.env.PASAR_TEST_PASSWORD = TEST_USER_PASSWORD;
  process.env.MEILI_HOST = stack.meiliHost;
  process.env.MEILI_MASTER_KEY = stack.meiliMasterKey;
  process.env.NEXTAUTH_SECRET = "test-nextauth-secret-0123456789";
  // Services under test in the workers pay by card through the same stand-in as the app.
  Object.assign(process.env, stack.stripe.env);
}
