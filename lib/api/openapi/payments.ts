import type { OpenApiFeature } from "./registry";

// Payments endpoints, documented from the same zod schemas the routes parse with.
export const paymentsFeature: OpenApiFeature = {
  tags: [],
  paths: {},
};
