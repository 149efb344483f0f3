// The layers, as rules `npm run lint` enforces (docs/architecture.md): data flows data → lib → app → components,
// lib/ stays pure TypeScript, and the domains inside lib/ depend downwards only.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      comment: 'lib/ is pure TypeScript, unit-tested without a browser: no React, no Next, no UI code.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: ['^components/', '^app/', '^i18n/', '^node_modules/(react|react-dom|next|next-intl|recharts|@tanstack)/'] },
    },
    {
      name: 'components-never-import-app',
      comment: 'Pages compose components; a component that reached into a page would turn the flow around.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'data-is-the-bottom',
      comment: 'lib/data reads and checks the records; it knows nothing of figures, URLs, exports or maps.',
      severity: 'error',
      from: { path: '^lib/data/', pathNot: '\\.test\\.ts$' },
      to: { path: '^lib/(views|url|export|geo)/' },
    },
    {
      name: 'i18n-knows-no-domain',
      comment: 'lib/i18n formats and words whatever it is given; it imports no figure, record or URL.',
      severity: 'error',
      from: { path: '^lib/i18n/', pathNot: '\\.test\\.ts$' },
      to: { path: '^lib/(views|data|url|export|geo)/' },
    },
    {
      name: 'views-do-not-export',
      comment: 'A figure is drawn, not written to a file: the exporters may read views, not the other way round.',
      severity: 'error',
      from: { path: '^lib/views/', pathNot: '\\.test\\.ts$' },
      to: { path: '^lib/export/' },
    },
    {
      name: 'test-helpers-stay-in-tests',
      comment: 'test/ holds fixtures and checks for the tests; the app never ships them.',
      severity: 'error',
      from: { path: '^(lib|app|components|i18n)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'drawings-read-no-state',
      comment: 'A drawing in components/charts/ takes a model and draws it; the island around it reads the URL and the filtered view.',
      severity: 'error',
      from: { path: '^components/charts/' },
      to: { path: '^components/state/' },
    },
    {
      name: 'state-draws-nothing',
      comment: 'The client state (components/state/: the URL, the filtered view, the providers) knows no drawing: the two never import each other.',
      severity: 'error',
      from: { path: '^components/state/' },
      to: { path: '^components/charts/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|\\.next-.*|out|bench/bare-next|test-results)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
