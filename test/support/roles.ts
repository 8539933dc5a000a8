// Roles written as letters in hand-written tables: "OMS" = OWNER, MANAGER, SUPPORT; "" = nobody.
import type { StaffRole } from '@prisma/client';

export type Roles = string;
export const ALL_ROLES: StaffRole[] = ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'];
const LETTER: Record<string, StaffRole> = { O: 'OWNER', M: 'MANAGER', S: 'SUPPORT', W: 'WAREHOUSE' };

export function rolesOf(letters: Roles): StaffRole[] {
  return [...letters].map((l) => {
    if (!LETTER[l]) throw new Error(`unknown role letter ${l} in "${letters}"`);
    return LETTER[l];
  });
}
