/**
 * Writes a package as JSON text in pieces: the metadata, then the items of its one big array as they come, a
 * batch at a time. Memory holds one batch, never the whole year, and the text is exactly what
 * JSON.stringify({ ...head, [key]: allItems }) would give. An empty array would make the package invalid (OCDS
 * requires at least one release/record), so the writer throws before closing an empty one.
 */
export async function* packageJsonChunks<T>(head: Record<string, unknown>, key: "releases" | "records", batches: AsyncIterable<readonly T[]>): AsyncGenerator<string> {
  const opening = JSON.stringify(head);
  if (!opening.endsWith("}") || opening === "{}") throw new RangeError("A package head must be a non-empty object");
  yield `${opening.slice(0, -1)},${JSON.stringify(key)}:[`;
  let count = 0;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    const text = batch.map((item) => JSON.stringify(item)).join(",");
    yield count === 0 ? text : `,${text}`;
    count += batch.length;
  }
  if (count === 0) throw new RangeError(`A package needs at least one of ${key}`);
  yield "]}";
}
