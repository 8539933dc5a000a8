import { definePlugin } from '../plugins/api.js';
import { settingsFr } from '../locales/fr/modules.js';
import { staff } from '../resources/staff/resource.js';
import { auditEvents } from '../resources/audit-events/resource.js';
import { mailOutbox } from '../resources/mail-outbox/resource.js';
import { screenSettings } from '../resources/screen-settings/resource.js';

export const settings = definePlugin({
  name: 'settings',
  navigation: { name: 'Settings', icon: 'Settings' },
  resources: [staff, auditEvents, mailOutbox, screenSettings],
  locales: { en: { labels: { StaffUser: 'Staff', AuditEvent: 'Audit log', MailMessage: 'Mail outbox', ScreenSetting: 'Screens' }, pages: { myAccount: 'My account' } }, fr: settingsFr },
});
