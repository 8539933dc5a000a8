import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS } from '../roles.js';

// The audit trail is append-only: written by the services, read here.
export const auditEvents: ResourceModule = {
  model: 'AuditEvent',
  permissions: crud({ read: MANAGERS }),
  options: {
    titleProperty: 'action',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'action', 'message', 'staffUser', 'order'],
    filterProperties: ['action', 'subjectType', 'subjectId', 'order', 'staffUser', 'createdAt'],
    properties: { data: { type: 'textarea' } },
  },
};
