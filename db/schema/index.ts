export * from "./regions";
export * from "./users";
export * from "./catalog";
export * from "./audit";
