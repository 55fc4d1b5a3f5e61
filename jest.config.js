/** Jest runs TypeScript through esbuild (fast, no type check); `npm run typecheck` runs tsc. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/packages/emulator'],
  setupFiles: ['<rootDir>/test/setup-emulator.ts'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[tj]s$': '<rootDir>/test/esbuild-transform.js' },
  testTimeout: 60000,
  maxWorkers: 2,
};
