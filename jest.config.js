/** Jest runs TypeScript through esbuild (fast, no type check); `npm run typecheck` runs tsc. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[tj]s$': '<rootDir>/test/esbuild-transform.js' },
  testTimeout: 60000,
  maxWorkers: 2,
};
