"use client";

import { useEffect, useState } from "react";
import { isDatabaseUnavailableDigest } from "@/lib/outage-digest";

/**
 * Whether the error a boundary caught is a database outage. Errors the server recognised carry the outage digest;
 * a raw driver error from a page nobody signed in to does not, so then the boundary asks /api/health once.
 */
export const useDatabaseOutage = (digest: string | null) => {
  const known = isDatabaseUnavailableDigest(digest);
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    if (known) return;
    const controller = new AbortController();
    fetch("/api/health", { cache: "no-store", signal: controller.signal })
      .then((response) => response.json() as Promise<{ database?: string }>)
      .then((health) => setDatabaseDown(health.database === "down"))
      .catch(() => undefined);
    return () => controller.abort();
  }, [known]);
  return known || databaseDown;
};
