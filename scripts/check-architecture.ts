// The shape rules dependency-cruiser cannot see, checked in CI next to it (`npm run check:layers`):
// - no file under db/queries grows past 250 lines (one file per table or aggregate, midday's layout);
// - no page or component compares a status with a string literal: what a viewer may do next comes from
//   the domain's `actions`, and a display map (status → label, colour) is the only place a status is named.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const MAX_QUERY_FILE_LINES = 250;
const root = path.resolve(__dirname, "..");

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(root, relative)).isDirectory()) return filesUnder(relative);
    return /\.(ts|tsx)$/.test(name) ? [relative] : [];
  });

/** `status === "paid"`, `order.verificationStatus !== 'pending'`, `"open" === event.status`. */
const STATUS_LITERAL = /\b\w*[sS]tatus\s*[!=]==?\s*["'`]|["'`][\w-]*["'`]\s*[!=]==?\s*[\w.?]*[sS]tatus\b/;

const problems: string[] = [];

for (const file of filesUnder("db/queries")) {
  const lines = readFileSync(path.join(root, file), "utf8").trimEnd().split("\n").length;
  if (lines > MAX_QUERY_FILE_LINES) problems.push(`${file}: ${lines} lines (at most ${MAX_QUERY_FILE_LINES}: split it by entity)`);
}

for (const file of [...filesUnder("app"), ...filesUnder("components")]) {
  readFileSync(path.join(root, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (STATUS_LITERAL.test(line)) problems.push(`${file}:${i + 1}: compares a status with a literal; render the service's \`actions\` or a display map instead\n    ${line.trim()}`);
    });
}

if (problems.length > 0) {
  console.error(`architecture check: ${problems.length} problem(s)\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("architecture check: db/queries files within size, no status-literal comparisons in app/ or components/");
