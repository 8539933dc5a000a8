// A test shop served on loopback with Chromium in front of it, and pages already logged in.
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import type { StaffRole } from '@prisma/client';
import { ADMIN_PATH, PASSWORD, startTestShop, type TestShop } from './app.js';
import type { CounterPlugin } from '../../src/plugins/api.js';
import { launchBrowser, logIn } from './browser.js';
import { listen } from './listen.js';

export interface BrowserShop {
  shop: TestShop;
  /** Base URL of the admin, e.g. http://127.0.0.1:PORT/back-office */
  admin: string;
  /** A page logged in as that role, and the page errors it collects (a test expects none). */
  pageAs(role: StaffRole): Promise<{ page: Page; errors: string[] }>;
  stop(): Promise<void>;
}

export async function startBrowserShop(options: { plugins?: CounterPlugin[] } = {}): Promise<BrowserShop> {
  const shop = await startTestShop(options);
  const server = await listen(shop.app);
  const browser: Browser = await launchBrowser();
  // AdminJS bundles the screens on the first ask, which can outlast a page load's 30 s on a busy machine.
  // (through supertest: a keep-alive fetch kept the jest worker from exiting)
  await request(shop.app).get(`${ADMIN_PATH}/frontend/assets/components.bundle.js`);
  return {
    shop,
    admin: `${server.url}${ADMIN_PATH}`,
    async pageAs(role) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // Playwright's 30 s per wait is a fixed timeout a loaded machine exceeds; jest's own limit ends a real hang.
      page.setDefaultTimeout(10 * 60_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await logIn(page, server.url, ADMIN_PATH, shop.staff[role].email, PASSWORD);
      return { page, errors };
    },
    async stop() {
      await browser.close();
      await server.close();
      await shop.stop();
    },
  };
}
