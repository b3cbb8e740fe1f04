import { accountsFeature } from "./accounts";
import { chartsFeature } from "./charts";
import { eventsFeature } from "./events";
import { flagsFeature } from "./flags";
import { exportsFeature } from "./exports";
import { notificationsFeature } from "./notifications";
import { ocdsFeature } from "./ocds";
import { paymentsFeature } from "./payments";
import { procurementFeature } from "./procurement";
import { productsFeature } from "./products";
import { errorSchema, jsonSchema, type OpenApiFeature } from "./registry";
import { sellersFeature } from "./sellers";
import { withOutageRule } from "./outage-rule";
import { withWriteRules } from "./write-rules";
import { systemFeature } from "./system";
// wa (issues 12–13): WhatsApp number verification, demand calendar
import { phoneVerificationFeature } from "./phone-verification";
import { demandFeature } from "./demand";
import { storefrontsFeature } from "./storefronts";
import { mitraFeature } from "./mitra";
import { diklatFeature } from "./diklat";
import { exposureFeature } from "./exposure";

/** Every documented feature. To document a new one, export an OpenApiFeature from a file here and list it. */
const FEATURES: OpenApiFeature[] = [
  systemFeature,
  productsFeature,
  procurementFeature,
  sellersFeature,
  eventsFeature,
  paymentsFeature,
  ocdsFeature,
  exportsFeature,
  notificationsFeature,
  accountsFeature,
  // wa (issues 12–13)
  phoneVerificationFeature,
  demandFeature,
  storefrontsFeature,
  mitraFeature,
  diklatFeature,
  exposureFeature,
  flagsFeature,
  chartsFeature,
];

/** The OpenAPI 3.1 document served at GET /api/v1/openapi.json, assembled from the zod schemas. */
export const buildOpenApiDocument = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const feature of FEATURES) {
    for (const [path, operations] of Object.entries(feature.paths)) paths[path] = { ...paths[path], ...operations };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Pasar UMK API",
      version: "1.0.0",
      description:
        "Public JSON API of Pasar UMK, the NTB marketplace where government buys from UMK. Errors are `{\"error\":{\"code\",\"message\",\"details\"}}`; messages are in Bahasa Indonesia unless the request sends `Accept-Language: en`.",
    },
    servers: [{ url: "/" }],
    tags: FEATURES.flatMap((f) => f.tags ?? []),
    paths: withOutageRule(withWriteRules(paths)),
    components: {
      schemas: Object.assign({ Error: jsonSchema(errorSchema) }, ...FEATURES.map((f) => f.schemas ?? {})),
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Browser session." },
        bearer: { type: "http", scheme: "bearer", description: "API token." },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
  };
};
