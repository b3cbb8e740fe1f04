import type { RoleName } from "./api-world-helpers";

export type Expected = number | "allowed";
export type MatrixRow = Record<RoleName, Expected>;

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {};
