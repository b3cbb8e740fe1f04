import "server-only";

/**
 * A CSV download: an attachment with an ASCII file name (no RFC 5987 needed), never cached — the figures are
 * scoped to the signed-in viewer and change with every order.
 */
export const csvResponse = (body: string, fileName: string) =>
  new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });

