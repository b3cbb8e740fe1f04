import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** A frame as a person reads it: function, file (the package, or the path below the project), line. */
const frameName = (frame: Node["callFrame"]) => {
  const url = frame.url.replace(/^file:\/\//, "");
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  const file = inPackage ? `${inPackage[1]}/…/${path.basename(inPackage[2]!)}` : url.startsWith("node:") ? url : url ? path.relative(process.cwd(), url) : "";
  return `${frame.functionName || "(anonymous)"} ${file}${file ? `:${frame.lineNumber + 1}` : ""}`.trim();
};

/**
 * The top frames over every .cpuprofile in `dir` (Node's --cpu-prof output), as two markdown tables: by self time
 * (where the CPU was), and by total time (the frame and what it called, each sample counted once per frame), which
 * names the work a request pays for. Idle and GC are shown as such.
 */
export const topFrames = (dir: string, limit: number) => {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const name = frameName(byId.get(id)!.callFrame);
      self.set(name, (self.get(name) ?? 0) + ms);
      total += ms;
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(frameName(byId.get(at)!.callFrame));
      for (const frame of onStack) inclusive.set(frame, (inclusive.get(frame) ?? 0) + ms);
    });
  }
  const busy = total - (self.get("(idle)") ?? 0);
  const table = (title: string, values: Map<string, number>) => [
    `${title} ms | % of busy | frame`,
    "---|---|---",
    ...[...values].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, ms]) => `${ms.toFixed(0)} | ${name === "(idle)" ? "–" : ((100 * ms) / busy).toFixed(1)} | \`${name}\``),
  ];
  return [`profile: ${total.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy (not idle)`, "", ...table("self", self), "", ...table("total", inclusive)].join("\n");
};
