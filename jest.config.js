/** Jest runs TypeScript through esbuild (fast, no type check); `npm run typecheck` runs tsc. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[tj]s$': '<rootDir>/test/esbuild-transform.js' },
  transformIgnorePatterns: ['/node_modules/(?!(vega|vega-lite|vega-[a-z-]+|d3-[a-z-]+|delaunator|robust-predicates|internmap)/)'],
  testTimeout: 60000,
  maxWorkers: 2,
};
