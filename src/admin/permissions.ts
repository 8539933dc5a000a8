// The declared permission matrix, enforced on every AdminJS API call before AdminJS runs it
// (AdminJS's own isAccessible answers a refusal with HTTP 200; callers deserve a 403).
import type { NextFunction, Request, Response } from 'express';
import type { ActionPermissions, CounterPlugin, Role } from '../plugins/api.js';
import { withExportPermissions } from '../actions/export-csv.js';

export type PermissionMatrix = Map<string, ActionPermissions>;

export function permissionMatrix(plugins: CounterPlugin[]): PermissionMatrix {
  return new Map(plugins.flatMap((p) => (p.resources ?? []).map((r) => [r.model as string, withExportPermissions(r.permissions)] as const)));
}

export function mayRun(matrix: PermissionMatrix, role: Role | undefined, resourceId: string, action: string): boolean {
  const roles = matrix.get(resourceId)?.[action];
  return Boolean(role && roles?.includes(role));
}

const API_ACTION = /^\/api\/resources\/([^/]+)\/(?:actions\/([^/]+)|records\/[^/]+\/([^/]+)|bulk\/([^/]+)|search)/;

export function enforcePermissions(matrix: PermissionMatrix) {
  return (req: Request, res: Response, next: NextFunction) => {
    const match = API_ACTION.exec(req.path);
    if (!match) return next();
    const resourceId = decodeURIComponent(match[1]);
    if (!matrix.has(resourceId)) return res.status(404).json({ notice: { message: `Unknown resource ${resourceId}`, type: 'error' } });
    const action = decodeURIComponent(match[2] ?? match[3] ?? match[4] ?? 'search');
    if (mayRun(matrix, req.session.adminUser?.role, resourceId, action)) return next();
    res.status(403).json({ notice: { message: 'You are not allowed to do this. Ask the shop owner for access.', type: 'error' } });
  };
}
