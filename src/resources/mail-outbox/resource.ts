import { crud, type ResourceModule } from '../../plugins/api.js';
import { MANAGERS } from '../roles.js';

// Every email Counter wrote: delivered (SMTP), waiting, failed with the server's answer, or kept
// here as the shop's local outbox when no SMTP server is configured.
export const mailOutbox: ResourceModule = {
  model: 'MailMessage',
  permissions: crud({ read: MANAGERS }),
  options: {
    titleProperty: 'subject',
    sort: { sortBy: 'createdAt', direction: 'desc' },
    listProperties: ['createdAt', 'to', 'subject', 'status', 'attempts', 'sentAt'],
    filterProperties: ['to', 'subject', 'status', 'kind', 'orderId', 'createdAt'],
    showProperties: ['createdAt', 'to', 'subject', 'status', 'attempts', 'lastError', 'sentAt', 'nextAttemptAt', 'kind', 'orderId', 'messageId', 'text'],
    properties: { text: { type: 'textarea' }, orderId: { type: 'number' } },
  },
};
