// Role groups the resources' permission tables are written with.
import type { Role } from '../plugins/api.js';

export const EVERYONE: readonly Role[] = ['OWNER', 'MANAGER', 'SUPPORT', 'WAREHOUSE'];
export const MANAGERS: readonly Role[] = ['OWNER', 'MANAGER'];
export const OWNER: readonly Role[] = ['OWNER'];
export const ORDER_DESK: readonly Role[] = ['OWNER', 'MANAGER', 'SUPPORT'];
export const STOCK_DESK: readonly Role[] = ['OWNER', 'MANAGER', 'WAREHOUSE'];
export const NOBODY: readonly Role[] = [];
