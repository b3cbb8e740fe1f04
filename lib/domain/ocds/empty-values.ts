/**
 * Paths of every empty array, empty object, empty string and null in a JSON value. OCDS tools and analysts
 * read `[]` as "known to be none" and flag empty values; the export publishes a field only when it has
 * something in it, and tests run every package through this.
 */
export const emptyValuePaths = (value: unknown, path = ""): string[] => {
  if (value === null || value === "") return [path || "/"];
  if (Array.isArray(value)) {
    if (value.length === 0) return [path || "/"];
    return value.flatMap((v, i) => emptyValuePaths(v, `${path}/${i}`));
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [path || "/"];
    return entries.flatMap(([k, v]) => emptyValuePaths(v, `${path}/${k}`));
  }
  return [];
};
