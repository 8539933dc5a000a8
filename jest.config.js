// Jest runs the TypeScript sources as ES modules (AdminJS 7 is ESM-only).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The fault tests kill servers and databases on purpose: `npm run test:faults` runs them, once.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  // No test or hook is cut short by a busy machine (AdminJS bundling, 10,000-order runs); a real hang
  // still ends at this limit, far below CI's.
  testTimeout: 20 * 60_000,
  maxWorkers: 2,
};
