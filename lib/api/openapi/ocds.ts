import type { OpenApiFeature } from "./registry";

// Open data (OCDS 1.1) endpoints.
export const ocdsFeature: OpenApiFeature = {
  tags: [],
  paths: {},
};
