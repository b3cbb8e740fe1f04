import { z } from "zod";

export const addHolidaySchema = z.object({
  regionId: z.uuid(),
  date: z.iso.date({ error: "Tanggal harus berformat YYYY-MM-DD." }),
  name: z.string().trim().min(3, { error: "Nama hari libur minimal 3 huruf." }).max(120),
});
export type AddHolidayInput = z.infer<typeof addHolidaySchema>;
