// Helpers for the screen-settings tests: what a page load hands the browser, and saving a setting.
import type request from 'supertest';
import { ADMIN_PATH } from './app.js';

type Agent = ReturnType<typeof request.agent>;

interface PageResource {
  id: string;
  navigation: { name: string | null } | null;
  listProperties: Array<{ propertyPath: string }>;
  resourceActions: Array<{ name: string }>;
}
export interface PageState {
  resources: PageResource[];
  locale: { translations: Record<string, { resources?: Record<string, { properties?: Record<string, string> }> }> };
}

/** The initial state AdminJS renders into a page (`window.REDUX_STATE`), built per request. */
export async function pageState(agent: Agent, path = '/resources/Order'): Promise<PageState> {
  const res = await agent.get(`${ADMIN_PATH}${path}`);
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const line = res.text.split('\n').find((l) => l.includes('window.REDUX_STATE = '));
  if (!line) throw new Error('no REDUX_STATE in the page');
  return JSON.parse(line.slice(line.indexOf('=') + 1).trim().replace(/;$/, '')) as PageState;
}

export const listColumns = (state: PageState, resourceId = 'Order') => state.resources.find((r) => r.id === resourceId)!.listProperties.map((p) => p.propertyPath);

/** Saves (or with `reset`) a resource's screen settings through the editor's own API. */
export function saveScreen(agent: Agent, resourceId: string, settings: unknown, extra: Record<string, string> = {}) {
  return agent
    .post(`${ADMIN_PATH}/api/resources/ScreenSetting/actions/configure`)
    .type('form')
    .send({ resourceId, settings: JSON.stringify(settings), ...extra });
}
