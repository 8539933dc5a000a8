import { ValidationError, type ActionRequest } from 'adminjs';
import { crud, type ResourceModule } from '../../plugins/api.js';
import { checkPasswordPolicy, hashPassword, WeakPassword } from '../../services/passwords.js';
import { OWNER } from '../roles.js';

/** The form's `password` becomes a bcrypt hash; the hash itself never leaves the database. */
async function hashSubmittedPassword(request: ActionRequest): Promise<ActionRequest> {
  if (request.method !== 'post' || !request.payload) return request;
  const { password, ...rest } = request.payload as Record<string, unknown>;
  const isNew = !request.params.recordId;
  if (!password) {
    if (isNew) throw new ValidationError({ password: { message: 'A password is required for a new staff account.' } });
    request.payload = rest;
    return request;
  }
  try {
    checkPasswordPolicy(String(password));
  } catch (error) {
    if (error instanceof WeakPassword) throw new ValidationError({ password: { message: error.message } });
    throw error;
  }
  request.payload = { ...rest, passwordHash: await hashPassword(String(password)), passwordChangedAt: new Date().toISOString() };
  return request;
}

export const staff: ResourceModule = {
  model: 'StaffUser',
  secret: ['passwordHash'],
  permissions: crud({ read: OWNER, write: OWNER, remove: OWNER }),
  options: {
    titleProperty: 'name',
    sort: { sortBy: 'name', direction: 'asc' },
    listProperties: ['name', 'email', 'role', 'active', 'lastLoginAt'],
    filterProperties: ['name', 'email', 'role', 'active'],
    showProperties: ['name', 'email', 'role', 'active', 'locale', 'lastLoginAt', 'passwordChangedAt', 'createdAt'],
    editProperties: ['name', 'email', 'role', 'active', 'locale', 'password'],
    properties: {
      password: { type: 'password', isVisible: { list: false, show: false, filter: false, edit: true } },
      locale: { availableValues: [{ value: 'en', label: 'English' }, { value: 'fr', label: 'Français' }] },
    },
    actions: {
      new: { before: hashSubmittedPassword },
      edit: { before: hashSubmittedPassword },
    },
  },
};
