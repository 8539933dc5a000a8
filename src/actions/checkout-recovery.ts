import type { CounterContext, CustomAction } from '../plugins/api.js';
import { sendRecoveryEmails } from '../services/checkouts/recovery.js';
import { bulkFormAction, type BulkSpec } from './bulk-form-action.js';
import { recordFormAction } from './record-form-action.js';
import { Components } from '../components/index.js';
import { describeBulk } from '../services/orders/bulk.js';

const spec: BulkSpec = {
  icon: 'Send',
  verb: 'emailed',
  intro: 'Email each customer their cart. Customers without marketing consent, or emailed in the last 24 hours, are skipped.',
  sendsMail: true,
  run: (c, { orderIds, staffUserId }) => sendRecoveryEmails(c.shop, { checkoutIds: orderIds, staffUserId, mailMode: c.mail.mode }),
};

export const recoveryBulkAction = (ctx: CounterContext): CustomAction => bulkFormAction(ctx, spec);

export const recoveryRecordAction = (ctx: CounterContext): CustomAction =>
  recordFormAction(ctx, {
    icon: 'Send',
    component: Components.OrderActionForm,
    intro: spec.intro,
    sendsMail: true,
    showFor: (p) => p.recoveryState !== 'RECOVERED',
    run: async (c, { orderId, staffUserId }) => describeBulk(await sendRecoveryEmails(c.shop, { checkoutIds: [orderId], staffUserId, mailMode: c.mail.mode }), 'emailed'),
  });
