// Settings are shared too: in the middle of the final run an owner saves a screen setting (the
// customers list's rows per page, a list the mix reads) through the proxy; afterwards each instance,
// asked directly, must list customers with that page size, and a reset through one instance must
// bring the default back on the other. Skipped when the shop already has a customers setting of its
// own (the bench never overwrites a real one).
const RESOURCE = 'Customer';

export interface SettingsCheck {
  checked: boolean;
  /** The save under load showed on every instance, and so did the reset. */
  shared: boolean;
  detail: string;
}

interface Site {
  /** http://127.0.0.1:<port> */
  base: string;
  adminPath: string;
  cookie: string;
}

async function perPage(site: Site): Promise<number> {
  const res = await fetch(`${site.base}${site.adminPath}/api/resources/${RESOURCE}/actions/list?page=1`, { headers: { cookie: site.cookie, accept: 'application/json' } });
  if (res.status !== 200) throw new Error(`customers list answered HTTP ${res.status}`);
  return ((await res.json()) as { meta: { perPage: number } }).meta.perPage;
}

async function configure(site: Site, fields: Record<string, string>): Promise<void> {
  const res = await fetch(`${site.base}${site.adminPath}/api/resources/ScreenSetting/actions/configure`, {
    method: 'POST',
    headers: { cookie: site.cookie, origin: site.base, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ resourceId: RESOURCE, ...fields }),
  });
  const body = await res.text();
  if (res.status !== 200 || /"type":"error"/.test(body)) throw new Error(`saving the ${RESOURCE} screen setting answered HTTP ${res.status} ${body.slice(0, 200)}`);
}

/** Starts the check: returns what saves the setting (call it under load) and what verifies and resets it. */
export function settingsCheck(proxy: Site, instances: Site[], alreadyConfigured: boolean) {
  let before = 0;
  let wanted = 0;
  let saved: Promise<void> | null = null;
  return {
    save(): void {
      if (alreadyConfigured) return;
      saved = (async () => {
        before = await perPage(proxy);
        wanted = before === 5 ? 6 : 5;
        await configure(proxy, { settings: JSON.stringify({ perPage: wanted }) });
      })();
      saved.catch(() => undefined); // reported by verify()
    },
    async verify(): Promise<SettingsCheck> {
      if (alreadyConfigured) return { checked: false, shared: false, detail: `the shop has a ${RESOURCE} screen setting of its own: not touched` };
      if (!saved) return { checked: false, shared: false, detail: 'the run ended before the setting was saved' };
      try {
        await saved;
        const afterSave = await Promise.all(instances.map(perPage));
        await configure(instances[instances.length - 1], { reset: 'true' });
        const afterReset = await Promise.all(instances.map(perPage));
        const shared = afterSave.every((n) => n === wanted) && afterReset.every((n) => n === before);
        return { checked: true, shared, detail: `${RESOURCE} rows per page ${before} → ${wanted} saved under load through the proxy: instances answer ${afterSave.join(' / ')}; reset through the last instance: ${afterReset.join(' / ')}` };
      } catch (error) {
        return { checked: true, shared: false, detail: (error as Error).message };
      }
    },
  };
}
