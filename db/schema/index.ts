export * from "./regions";
export * from "./users";
export * from "./catalog";
export * from "./audit";
export * from "./search";
export * from "./onboarding";
export * from "./procurement";
