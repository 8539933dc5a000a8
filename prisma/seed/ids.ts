// Explicit ids, handed out in memory, so rows can point at each other without reading back.
import type { PrismaClient } from '@prisma/client';
import { INSERT_ORDER, type Table } from './tables.js';

export class Ids {
  private constructor(private readonly last: Record<Table, number>) {}

  /** Starts after the highest id already in each table (0 on an empty database). */
  static async after(prisma: PrismaClient): Promise<Ids> {
    const last = {} as Record<Table, number>;
    for (const table of INSERT_ORDER) {
      const rows = await prisma.$queryRawUnsafe<{ m: number | bigint | null }[]>(`SELECT MAX(id) AS m FROM "${table}"`);
      last[table] = Number(rows[0]?.m ?? 0);
    }
    return new Ids(last);
  }

  next(table: Table): number {
    return ++this.last[table];
  }

  /** Reserves n consecutive ids; returns the first. */
  reserve(table: Table, n: number): number {
    const first = this.last[table] + 1;
    this.last[table] += n;
    return first;
  }
}
