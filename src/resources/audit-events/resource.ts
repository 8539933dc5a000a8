import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS } from '../roles.js';
import { Components } from '../../components/index.js';

// The audit trail is append-only: written by the services, read here.
export const auditEvents: ResourceModule = {
  model: 'AuditEvent',
  permissions: crud({ read: MANAGERS }),
  options: {
    titleProperty: 'action',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'action', 'message', 'staffUser', 'order'],
    filterProperties: ['action', 'subjectType', 'subjectId', 'order', 'staffUser', 'createdAt'],
    // Messages are stored in English; a French staff member reads them reworded (components/timeline-words.ts).
    properties: {
      data: { type: 'textarea' },
      message: { components: { list: Components.AuditMessage, show: Components.AuditMessage } },
      action: { components: { list: Components.NoWrap } }, // "order.refunded" is a code, not words to break
    },
  },
};
