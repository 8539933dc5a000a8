// Each test file bundles AdminJS components into its own folder: AdminJS serves any bundle it
// finds on disk, so a shared folder would hand one file's run another's stale bundle.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.ADMIN_JS_TMP_DIR = mkdtempSync(join(tmpdir(), 'counter-adminjs-'));
