// "The database is not there right now" (stopped, restarting, network gone), as Prisma's driver
// adapters report it: the request is answered 503 and the next one tries again on a new connection.
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionAlreadyClosed']);
// PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection failures.
const UNREACHABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

export function isDatabaseUnavailable(error: unknown): boolean {
  type Cause = { kind?: string; originalCode?: string; code?: string };
  const e = error as { name?: string; code?: unknown; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } }; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
  // Wrapped by Prisma (meta.driverAdapterError), or the adapter's own error as it is (a query cut mid-way).
  const cause = e.meta?.driverAdapterError?.cause ?? (e.name === 'DriverAdapterError' ? e.cause : undefined);
  if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
  if (UNREACHABLE_SQLSTATES.has(String(cause?.originalCode ?? cause?.code ?? (typeof e.code === 'string' ? e.code : '')))) return true;
  return /Connection terminated|ECONNREFUSED|ECONNRESET|Can't reach database server/.test(String(e.message ?? ''));
}
