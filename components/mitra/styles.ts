// Shared class names of the partner pages' controls (44 px targets, visible focus from the globals).
export const INPUT = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 px-3 py-2";
export const PRIMARY = "min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900";
export const SECONDARY = "min-h-11 rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100";
export const LABEL = "block text-sm font-semibold text-slate-900";
export const CARD = "rounded-lg border border-slate-200 bg-white p-4";
export const LINK = "font-semibold text-emerald-800 underline underline-offset-4";
