import { definePlugin } from '../plugins/api.js';
import { staff } from '../resources/staff/resource.js';
import { auditEvents } from '../resources/audit-events/resource.js';

export const settings = definePlugin({
  name: 'settings',
  navigation: { name: 'Settings', icon: 'Settings' },
  resources: [staff, auditEvents],
  locales: { en: { labels: { StaffUser: 'Staff', AuditEvent: 'Audit log' } } },
});
