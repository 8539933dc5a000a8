// The peer: AdminJS + @adminjs/prisma configured plainly on the same database, as a team would start
// without Counter — every model as a resource with AdminJS's defaults, the authenticated router
// of @adminjs/express with its default session. The only departure: the full DMMF, which
// @adminjs/prisma needs with Prisma's JS engine (see PITFALLS.md), as Counter does.
import AdminJS from 'adminjs';
import AdminJSExpress from '@adminjs/express';
import { Database, Resource } from '@adminjs/prisma';
import bcrypt from 'bcrypt';
import express, { type Express } from 'express';
import type { Database as CounterDatabase } from '../../src/db/client.js';
import { fullDmmf } from '../../src/db/dmmf.js';

AdminJS.registerAdapter({ Database, Resource });

const MODELS = ['Order', 'OrderLine', 'PaymentTransaction', 'Fulfillment', 'FulfillmentLine', 'Refund', 'RefundLine', 'AuditEvent', 'StaffUser', 'Customer', 'Product', 'ProductVariant', 'InventoryItem', 'Category'];

export function vanillaApp(db: CounterDatabase, rootPath: string): Express {
  const dmmf = fullDmmf();
  const resources = MODELS.map((name) => ({
    resource: { model: dmmf.datamodel.models.find((m) => m.name === name)!, client: db.prisma, clientModule: { Prisma: { dmmf } } },
    options: {},
  }));
  const admin = new AdminJS({ rootPath, resources });
  const router = AdminJSExpress.buildAuthenticatedRouter(
    admin,
    {
      cookiePassword: 'vanilla-bench-'.padEnd(40, 'x'),
      authenticate: async (email: string, password: string) => {
        const staff = await db.prisma.staffUser.findUnique({ where: { email } });
        return staff && (await bcrypt.compare(password, staff.passwordHash)) ? { email } : null;
      },
    },
    null,
    { resave: false, saveUninitialized: false, secret: 'vanilla-bench-'.padEnd(40, 'x') },
  );
  const app = express();
  app.use(admin.options.rootPath, router);
  return app;
}
