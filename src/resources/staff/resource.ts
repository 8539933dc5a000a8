import { ValidationError, type ActionContext, type ActionRequest } from 'adminjs';
import { crud, type CounterContext, type ResourceModule } from '../../plugins/api.js';
import { checkPasswordPolicy, hashPassword, verifyPassword, WeakPassword } from '../../services/passwords.js';
import { OWNER } from '../roles.js';

/** The form's `password` becomes a bcrypt hash; the hash itself never leaves the database. The owner
 *  sets another staff member's password (a reset); their own needs the current one, as on My account. */
const hashSubmittedPassword = (ctx: CounterContext) => async (request: ActionRequest, context: ActionContext): Promise<ActionRequest> => {
  if (request.method !== 'post' || !request.payload) return request;
  const { password, currentPassword, ...rest } = request.payload as Record<string, unknown>;
  const isNew = !request.params.recordId;
  if (!password) {
    if (isNew) throw new ValidationError({ password: { message: 'A password is required for a new staff account.' } });
    request.payload = rest;
    return request;
  }
  const self = !isNew && Number(request.params.recordId) === Number((context.currentAdmin as { id?: unknown } | undefined)?.id);
  if (self) {
    const me = await ctx.shop.prisma.staffUser.findUniqueOrThrow({ where: { id: Number(request.params.recordId) } });
    if (typeof currentPassword !== 'string' || !(await verifyPassword(currentPassword, me.passwordHash))) {
      throw new ValidationError({ currentPassword: { message: 'To change your own password, give the current one.' } });
    }
  }
  try {
    checkPasswordPolicy(String(password));
  } catch (error) {
    if (error instanceof WeakPassword) throw new ValidationError({ password: { message: error.message } });
    throw error;
  }
  request.payload = { ...rest, passwordHash: await hashPassword(String(password)), passwordChangedAt: new Date().toISOString() };
  return request;
};

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
    editProperties: ['name', 'email', 'role', 'active', 'locale', 'password', 'currentPassword'],
    properties: {
      password: { type: 'password', isVisible: { list: false, show: false, filter: false, edit: true } },
      currentPassword: { type: 'password', isVisible: { list: false, show: false, filter: false, edit: true }, description: 'Only when changing your own password' },
      locale: { availableValues: [{ value: 'en', label: 'English' }, { value: 'fr', label: 'Français' }] },
    },
  },
  actions: (ctx) => ({
    new: { before: hashSubmittedPassword(ctx) },
    edit: { before: hashSubmittedPassword(ctx) },
  }),
};
