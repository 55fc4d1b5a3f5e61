// The house's arrows (docs/architecture.md), checked by `npm run lint:deps` inside `npm test`.
// A wrong arrow fails naming the file, the import and the rule, with the rule's comment below.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: cut it (shared types go in a file that imports none of their users).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core is pure TypeScript: it imports only src/core (no adapter, no platform, no ui, no npm package, no Node).',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'core-groups-through-their-index',
      severity: 'error',
      comment:
        'Another core group is reached through its index.ts, its public face (src/core/<group>/index.ts), not the files behind it.',
      from: { path: '^src/core/([^/]+)/' },
      to: { path: '^src/core/[^/]+/', pathNot: ['^src/core/$1/', '^src/core/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-core-through-group-index',
      severity: 'error',
      comment:
        'Code outside src/core imports a core group through its index.ts (or the core-wide types.ts / errors.ts), not the files behind it.',
      from: { pathNot: '^src/core/' },
      to: { path: '^src/core/[^/]+/', pathNot: '^src/core/[^/]+/index\\.ts$' },
    },
    {
      name: 'only-main-imports-ui',
      severity: 'error',
      comment:
        'src/ui (menus, dialogs, sidebar) is imported by src/main.ts and src/ui only: the adapters below it never reach up.',
      from: { path: '^src/', pathNot: '^src/(ui/|main\\.ts$)' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'sheets-and-docs-apart',
      severity: 'error',
      comment: 'src/sheets and src/docs do not import each other: what both need goes to src/platform or src/core.',
      from: { path: '^src/(sheets|docs)/' },
      to: { path: '^src/(sheets|docs)/', pathNot: '^src/$1/' },
    },
    {
      name: 'platform-below-adapters',
      severity: 'error',
      comment: 'src/platform is the shared adapter floor: it imports only src/core and itself.',
      from: { path: '^src/platform/' },
      to: { pathNot: '^src/(platform|core)/' },
    },
    {
      name: 'src-stays-in-src',
      severity: 'error',
      comment:
        'The add-on bundle (src/) imports only src/: no npm package, no Node module, no test, script, conformance or emulator code.',
      from: { path: '^src/' },
      to: { pathNot: '^src/' },
    },
    {
      name: 'conformance-checks-run-on-google',
      severity: 'error',
      comment:
        'conformance/apps-script is bundled for Apps Script: it imports only itself and src/, never its Node part, Node or npm packages.',
      from: { path: '^conformance/apps-script/' },
      to: { pathNot: '^(conformance/apps-script|src)/' },
    },
    {
      name: 'emulator-through-its-entry',
      severity: 'error',
      comment:
        'The emulator (packages/emulator) is reached only through its entry, @ppid-sheets/emulator (packages/emulator/index.ts).',
      from: { pathNot: '^packages/emulator/' },
      to: { path: '^packages/emulator/', pathNot: '^packages/emulator/index\\.ts$' },
    },
    {
      name: 'emulator-self-contained',
      severity: 'error',
      comment:
        'The emulator package depends on nothing of this repository outside packages/emulator (npm packages and Node only).',
      from: { path: '^packages/emulator/' },
      to: { path: '^(src|test|scripts|conformance|examples)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|build|dist-conformance|out|node_modules|test/fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['main', 'types'],
    },
  },
};
