/**
 * Layer rules: inner layers never import outer ones.
 * core → core and a few pure packages; contracts → contracts; cli → core, contracts;
 * renderer → core, contracts, renderer; preload → electron, contracts; main → core, contracts, Node, electron.
 */
const CORE_PACKAGE_PATHS = '^node_modules/(@types/)?(ajv|sql\\.js|exceljs|papaparse|fflate|@noble/hashes)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make layers meaningless and modules hard to test alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import must resolve to a file or an installed package (bundler queries like ?url aside).',
      from: {},
      to: { couldNotResolve: true, pathNot: '\\?[a-z&=-]+$' },
    },
    {
      name: 'core-stays-pure',
      severity: 'error',
      comment:
        'core imports core, the bundled JSON schemas and profiles, and allowlisted pure packages: no Node, DOM, Electron, React.',
      from: { path: '^core/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^core/', '^schemas/.+\\.json$', CORE_PACKAGE_PATHS] },
    },
    {
      name: 'core-tests-layers',
      severity: 'error',
      comment: 'Tests beside core code may use test tools and Node, but no outer layer.',
      from: { path: '^core/.+\\.test\\.ts$' },
      to: { path: '^(cli|renderer|electron)/' },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      comment: 'contracts are types and channel names only.',
      from: { path: '^contracts/' },
      to: { pathNot: '^contracts/' },
    },
    {
      name: 'cli-layers',
      severity: 'error',
      comment: 'The CLI is a Node adapter over core.',
      from: { path: '^cli/' },
      to: { path: '^(renderer|electron|test|scripts)/' },
    },
    {
      name: 'renderer-layers',
      severity: 'error',
      comment: 'The renderer uses core and contracts; never Node, Electron, the CLI or the shell.',
      from: { path: '^renderer/' },
      to: { path: '^(cli|electron|test|scripts)/' },
    },
    {
      name: 'renderer-no-node-or-electron',
      severity: 'error',
      comment: 'The renderer runs sandboxed in a browser page and worker.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron-package',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'preload-layers',
      severity: 'error',
      comment: 'The preload bridges the page to main: electron and contracts only.',
      from: { path: '^electron/preload/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^electron/preload/', '^contracts/', '^node_modules/electron/'] },
    },
    {
      name: 'shell-tests-layers',
      severity: 'error',
      comment: 'Tests beside the shell may use test tools, but not the renderer or the CLI.',
      from: { path: '^electron/.+\\.test\\.ts$' },
      to: { path: '^(cli|renderer)/' },
    },
    {
      name: 'main-layers',
      severity: 'error',
      comment:
        'Electron main: core, contracts, its own files, Node built-ins, electron, and sql.js (to check a workspace file before the app opens it).',
      from: { path: '^electron/main/', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: ['^electron/main/', '^core/', '^contracts/', '^node_modules/electron/', '^node_modules/sql\\.js/'],
        dependencyTypesNot: ['core'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^dist/', '^release/', '/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
