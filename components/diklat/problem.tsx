/** A refusal carried back in the page's `?galat=` query, so it reads without JavaScript. */
export function Problem({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="alert" data-testid="diklat-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
      {text}
    </p>
  );
}

/** A success notice (after a redirect). */
export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" data-testid="diklat-notice" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
      {text}
    </p>
  );
}
