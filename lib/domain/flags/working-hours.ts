import { isWorkingDay } from "@/lib/domain/procurement/working-days";
import { witaLocalInput } from "@/lib/domain/time/wita";

/**
 * Outside working hours in WITA: on a weekend, on one of the region's holidays, or before `startHour` /
 * from `endHour` on a working day.
 */
export const isOutsideWorkingHours = (at: Date, holidays: ReadonlySet<string>, startHour: number, endHour: number) => {
  const local = witaLocalInput(at);
  const hour = Number(local.slice(11, 13));
  return !isWorkingDay(local.slice(0, 10), holidays) || hour < startHour || hour >= endHour;
};
