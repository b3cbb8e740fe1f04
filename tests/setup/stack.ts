import type { TestStack } from "./global-setup";

export const testStack = (): TestStack => {
  const raw = process.env.PASAR_TEST_STACK;
  if (!raw) throw new Error("The test stack is not running (run through the integration or e2e Jest project).");
  return JSON.parse(raw) as TestStack;
};

export const databaseUrl = (name: string) => {
  const url = new URL(testStack().adminDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

export const testPassword = () => process.env.PASAR_TEST_PASSWORD ?? "";
