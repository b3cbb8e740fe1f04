/**
 * A CSV download link that names the page's language (`lang`), so the file's headers and labels say what the
 * page said — the route would otherwise fall back to Accept-Language, which may be English on a Bahasa UI.
 */
export const exportHref = (file: string, params: Record<string, string | number | undefined>, locale: string) => {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== "") query.set(name, String(value));
  query.set("lang", locale === "en" ? "en" : "id");
  return `/api/v1/exports/${file}?${query}`;
};
