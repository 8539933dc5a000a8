// Settings → Screens: GET describes a resource's screens (its fields, actions, the code's defaults,
// the stored override and its history); POST saves (`settings`: JSON, `version`: the one loaded) or
// resets (`reset=true`). A refusal answers 422 (409 when someone saved meanwhile) and changes nothing.
import type { ActionContext, ActionRequest } from 'adminjs';
import type { Response } from 'express';
import type { CounterContext, CustomAction } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { screenSettingsOf } from '../admin/screen-settings.js';
import { loadScreenSetting, resetScreenSettings, saveScreenSettings, screenSettingHistory } from '../services/settings/screen-store.js';
import { InvalidInput, NotFound, ShopError } from '../services/errors.js';
import { describeChange } from '../services/settings/screens.js';
import { staffId } from './run-service.js';
import { localeWord, refusalIn, staffLanguage } from './notices.js';
import { t, type Language } from '../shared/i18n.js';
import { screenChangeFr, screenRefusalFr } from '../locales/fr/screen-settings.js';

/** The server's English (refusals, history lines) in the staff member's language; in French the resource by its French name. */
function refusalFor(language: Language, message: string, resourceId: string, name: string) {
  if (language !== 'fr') return message;
  const french = screenRefusalFr(message) ?? refusalIn(language, message);
  return resourceId && french.startsWith(`${resourceId} : `) ? `${name} : ${french.slice(resourceId.length + 3)}` : french;
}
const linesFor = (language: Language, lines: string[]) => (language === 'fr' ? lines.map(screenChangeFr) : lines);

async function screenFor(ctx: CounterContext, context: ActionContext, resourceId: string, language: Language) {
  const runtime = screenSettingsOf(context._admin);
  const catalog = runtime.catalog(resourceId);
  if (!catalog) throw new NotFound(`There is no configurable screen "${resourceId}".`);
  const stored = await loadScreenSetting(ctx.shop, resourceId);
  const settings = stored?.settings ?? {};
  const history = (await screenSettingHistory(ctx.shop, resourceId)).map((h) => ({ ...h, changes: linesFor(language, h.changes) }));
  return { catalog, settings, summary: linesFor(language, describeChange(null, settings)), version: stored?.version ?? 0, history };
}

function parseSettings(text: unknown): unknown {
  try {
    return JSON.parse(String(text ?? '{}'));
  } catch {
    throw new InvalidInput('The settings are not valid JSON.');
  }
}

async function handle(ctx: CounterContext, request: ActionRequest, response: unknown, context: ActionContext, fixedResourceId?: string) {
  const runtime = screenSettingsOf(context._admin);
  const screens = runtime.catalogs().map((c) => ({ id: c.resourceId, navigation: c.defaults.navigation })).sort((a, b) => a.id.localeCompare(b.id));
  const base = { screens, record: context.record?.toJSON(context.currentAdmin) };
  const payload = (request.payload ?? {}) as Record<string, unknown>;
  const language = staffLanguage(context);
  const resourceId = fixedResourceId ?? String((request.method === 'post' ? payload.resourceId : request.query?.resourceId) ?? '');
  const name = (language === 'en' ? undefined : localeWord(context, language, `labels.${resourceId}`)) ?? resourceId;
  try {
    if (request.method !== 'post') return { ...base, screen: resourceId ? await screenFor(ctx, context, resourceId, language) : null };
    const catalog = runtime.catalog(resourceId);
    if (!catalog) throw new NotFound(`There is no configurable screen "${resourceId}".`);
    const actor = staffId(context);
    let message: string;
    if (payload.reset === 'true' || payload.reset === true) {
      const done = await resetScreenSettings(ctx.shop, { resourceId, staffUserId: actor });
      message = t(language, done ? 'notices.screens.reset' : 'notices.screens.alreadyDefault', { resource: name });
    } else {
      const version = payload.version === undefined || payload.version === '' ? undefined : Number(payload.version);
      await saveScreenSettings(ctx.shop, { catalog, settings: parseSettings(payload.settings), expectedVersion: version, staffUserId: actor });
      message = t(language, 'notices.screens.saved', { resource: name });
    }
    await runtime.refresh();
    return { ...base, screen: await screenFor(ctx, context, resourceId, language), notice: { message, type: 'success' as const } };
  } catch (error) {
    if (!(error instanceof ShopError)) throw error;
    (response as Response | undefined)?.status?.(error.status);
    return { ...base, notice: { message: refusalFor(language, error.message, resourceId, name), type: 'error' as const } };
  }
}

/** "Configure a screen": pick any resource, edit its settings. */
export const configureScreensAction = (ctx: CounterContext): CustomAction => ({
  actionType: 'resource',
  icon: 'Settings',
  component: Components.ScreenSettingsEditor,
  handler: (request, response, context) => handle(ctx, request, response, context),
});

/** The record's own screens (edit form) and its history (record page). */
export const screenRecordAction = (ctx: CounterContext, name: 'edit' | 'show'): CustomAction => ({
  actionType: 'record',
  icon: name === 'edit' ? 'Edit' : 'Monitor',
  component: Components.ScreenSettingsEditor,
  handler: (request, response, context) => {
    const resourceId = String(context.record?.params.resourceId ?? '');
    return handle(ctx, name === 'show' ? { ...request, method: 'get' } : request, response, context, resourceId);
  },
});
