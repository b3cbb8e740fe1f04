// Rupiah formatting lives in lib/domain/money (the OCDS release writes amounts too); this path stays until its importers move there.
export { formatCount, formatIdr, formatIdrCompact } from "@/lib/domain/money/rupiah";
