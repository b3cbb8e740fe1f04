/**
 * Child process of buffered-shutdown.test.ts: logs `searches` searches and counts `impressions` impressions of one
 * business through the app's real buffers, says "ready" and idles until a signal ends it. Run with
 * `node --conditions=react-server --import tsx` (server-only modules) and DATABASE_URL set.
 * Usage: buffered-shutdown-child.ts <searches> <impressions> <businessId> <first search time, ISO>
 */
import { demandLog } from "@/lib/services/catalog/demand-log";
import { exposureCounter } from "@/lib/services/exposure/exposure-counter";

const [searches, impressions, businessId, firstAt] = process.argv.slice(2);
const start = new Date(firstAt!).getTime();
for (let i = 0; i < Number(searches); i++) {
  demandLog().log({
    at: new Date(start + i * 1_000),
    normalizedQuery: `uji shutdown ${i}`,
    category: i % 2 === 0 ? { name: "Kopi" } : { slug: null },
    resultCount: i,
    role: null,
    opdId: null,
  });
}
for (let i = 0; i < Number(impressions); i++) exposureCounter().count("impressions", [businessId!], new Date(start));
// Idle, as a server does, until SIGTERM: the buffers' shutdown hook flushes and then lets the signal end us.
setInterval(() => undefined, 60_000);
process.stdout.write("ready\n");
