// Screen settings in the database: one row per overridden resource, and an append-only history
// (who, when, before, after) written in the same transaction as each save or reset.
import { Prisma } from '@prisma/client';
import { inTransaction, type Shop, type Tx } from '../../db/transaction.js';
import { Refused } from '../errors.js';
import { describeChange, validateScreenSettings, type ScreenCatalog, type ScreenSettings } from './screens.js';

export interface StoredScreen {
  resourceId: string;
  settings: ScreenSettings;
  version: number;
}

export interface ScreenChange {
  id: number;
  createdAt: Date;
  staff: string | null;
  reset: boolean;
  changes: string[];
}

const STALE = 'Someone else changed the settings of this screen meanwhile; reload the page to see theirs, then change them again.';

const parse = (json: string | null | undefined): ScreenSettings | null => (json ? (JSON.parse(json) as ScreenSettings) : null);

/** Every stored override, by resource id. */
export async function loadScreenSettings(shop: Shop): Promise<Map<string, StoredScreen>> {
  const rows = await shop.prisma.screenSetting.findMany();
  return new Map(rows.map((r) => [r.resourceId, { resourceId: r.resourceId, settings: parse(r.settings) ?? {}, version: r.version }]));
}

export async function loadScreenSetting(shop: Shop, resourceId: string): Promise<StoredScreen | null> {
  const row = await shop.prisma.screenSetting.findUnique({ where: { resourceId } });
  return row && { resourceId, settings: parse(row.settings) ?? {}, version: row.version };
}

/**
 * Changes on every committed save or reset, on every instance sharing the database: the history is
 * append-only, so its row count only grows (unlike the highest id, which PostgreSQL may commit out of order).
 */
export const screenSettingsStamp = async (shop: Shop): Promise<number> => {
  const [[count]] = await shop.reader().rows('SELECT COUNT(*) FROM "ScreenSettingChange"'); // on every request: straight through the driver
  return Number(count);
};

/**
 * Validates and stores a resource's settings (settings equal to the code's defaults remove the override).
 * `expectedVersion` is the version the editor loaded (0: none); a save over a newer one is refused.
 */
export async function saveScreenSettings(
  shop: Shop,
  input: { catalog: ScreenCatalog; settings: unknown; expectedVersion?: number; staffUserId: number | null },
): Promise<StoredScreen | null> {
  const settings = validateScreenSettings(input.catalog, input.settings);
  const resourceId = input.catalog.resourceId;
  const empty = Object.keys(settings).length === 0;
  return inTransaction(shop, async (tx) => {
    const current = await tx.screenSetting.findUnique({ where: { resourceId } });
    if (input.expectedVersion !== undefined && (current?.version ?? 0) !== input.expectedVersion) throw new Refused(STALE);
    const before = parse(current?.settings);
    if (JSON.stringify(before ?? {}) === JSON.stringify(settings)) return current && { resourceId, settings, version: current.version };
    let stored: StoredScreen | null = null;
    if (empty) {
      await tx.screenSetting.deleteMany({ where: { resourceId, version: current!.version } });
    } else if (current) {
      const { count } = await tx.screenSetting.updateMany({
        where: { resourceId, version: current.version },
        data: { settings: JSON.stringify(settings), version: current.version + 1, updatedById: input.staffUserId },
      });
      if (count !== 1) throw new Refused(STALE);
      stored = { resourceId, settings, version: current.version + 1 };
    } else {
      try {
        await tx.screenSetting.create({ data: { resourceId, settings: JSON.stringify(settings), version: 1, updatedById: input.staffUserId } });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new Refused(STALE);
        throw error;
      }
      stored = { resourceId, settings, version: 1 };
    }
    await writeHistory(tx, resourceId, before, stored?.settings ?? null, input.staffUserId);
    return stored;
  });
}

/** Back to the code's defaults: the override is deleted, the history keeps what it was. */
export async function resetScreenSettings(shop: Shop, input: { resourceId: string; staffUserId: number | null }): Promise<boolean> {
  return inTransaction(shop, async (tx) => {
    const current = await tx.screenSetting.findUnique({ where: { resourceId: input.resourceId } });
    if (!current) return false;
    const { count } = await tx.screenSetting.deleteMany({ where: { resourceId: input.resourceId, version: current.version } });
    if (count !== 1) throw new Refused(STALE);
    await writeHistory(tx, input.resourceId, parse(current.settings), null, input.staffUserId);
    return true;
  });
}

async function writeHistory(tx: Tx, resourceId: string, before: ScreenSettings | null, after: ScreenSettings | null, staffUserId: number | null) {
  await tx.screenSettingChange.create({
    data: { resourceId, before: before && JSON.stringify(before), after: after && JSON.stringify(after), staffUserId },
  });
}

/** The latest changes of one resource's screens, newest first, each as readable lines. */
export async function screenSettingHistory(shop: Shop, resourceId: string, take = 50): Promise<ScreenChange[]> {
  const rows = await shop.prisma.screenSettingChange.findMany({
    where: { resourceId },
    orderBy: { id: 'desc' },
    take,
    include: { staffUser: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    staff: r.staffUser ? `${r.staffUser.name} <${r.staffUser.email}>` : null,
    reset: r.after === null,
    changes: describeChange(parse(r.before), parse(r.after)),
  }));
}
