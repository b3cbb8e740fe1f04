import type { OpenApiFeature } from "./registry";

// Events endpoints, documented from the same zod schemas the routes parse with.
export const eventsFeature: OpenApiFeature = {
  tags: [],
  paths: {},
};
