/** `npm run db:migrate`: applies committed migrations (production deploys run this before starting). */
import { migrateDatabase } from "../db/migrate";
import { withDatabase } from "./with-database";

void withDatabase(async (url) => {
  await migrateDatabase(url);
  process.stdout.write("migrations applied.\n");
});
