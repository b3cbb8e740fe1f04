import enBase from "./en.json";
import idBase from "./id.json";

/**
 * The message catalogs. Shared namespaces live in id.json/en.json; a feature may bring its own
 * namespace as `<feature>.id.json` + `<feature>.en.json`, registered here, so features do not collide.
 */
export const catalogs = {
  id: { ...idBase },
  en: { ...enBase },
} as const;

export type Messages = (typeof catalogs)["id"];
