// Display of instants lives in the one WITA module; this path stays until its importers move there.
export { WITA_TIME_ZONE, formatWita, formatWitaDate, formatWitaDateTime, formatWitaDay } from "@/lib/domain/time/wita";
import { witaYear as yearOf } from "@/lib/domain/time/wita";

/** The fiscal year (WITA calendar year) of `value`, today by default: pages ask for "this year". */
export const witaYear = (value: Date | string | number = new Date()): number => yearOf(value);
