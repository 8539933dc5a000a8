import { definePlugin } from '../plugins/api.js';
import { staff } from '../resources/staff/resource.js';
import { auditEvents } from '../resources/audit-events/resource.js';
import { mailOutbox } from '../resources/mail-outbox/resource.js';

export const settings = definePlugin({
  name: 'settings',
  navigation: { name: 'Settings', icon: 'Settings' },
  resources: [staff, auditEvents, mailOutbox],
  locales: { en: { labels: { StaffUser: 'Staff', AuditEvent: 'Audit log', MailMessage: 'Mail outbox' }, pages: { myAccount: 'My account' } } },
});
