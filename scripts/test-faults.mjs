// npm run test:faults: the fault tests (test/faults): real server processes killed mid-work, the
// PostgreSQL server stopped under load, SMTP failures. Each test file starts and removes its own
// databases, clusters and processes; `npm test` leaves this folder out (jest.config.js).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const jestCli = join(require.resolve('jest/package.json'), '..', 'bin', 'jest.js');
const args = process.argv.slice(2);
// Path patterns given (npm run test:faults -- test/faults/kill) narrow the run; by default, the whole folder.
const paths = args.some((a) => !a.startsWith('-')) ? [] : ['test/faults/'];
const run = spawnSync(
  process.execPath,
  // The ignore list last: jest reads the words after an array option as more of its values.
  ['--experimental-vm-modules', '--no-warnings', jestCli, ...paths, ...args, '--runInBand', '--testPathIgnorePatterns=/node_modules/'],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
