/**
 * The layout of src/lib, checked by `npm run lint`: rooms in the order data flows through them,
 * each importing only from itself and the rooms before it; no import circles; no module loose at
 * the top of src/lib. Type-only imports count (tsPreCompilationDeps), because a circle of types
 * is still a circle a reader has to untangle.
 */
const ROOMS = [
  'base', // located problems, the worker pool, money as text, HTML escaping and entities
  'privacy', // the number detector: text read as a reader reads it, ID-card and mobile rules, safe echoes
  'read', // bytes to cells: decoding, CSV, headers, cell parsers
  'schema', // the row schemas (zod) of the files users hand in
  'model', // links, measures, scores, the report model, year-on-year changes
  'dataset', // one project-year's files read and cross-checked
  'report', // what the pages show: figures as text, tables, outline, chart specs
  'search', // the search index: lookup keys and records
  'ledger', // ledger rows, their HTML and CSV, the files a project-year's ledgers are written to
  'content', // narratives and facts: checks and figure binding
  'diff', // comparing two builds
  'docx', // Word export
  'output', // the built site: readable HTML, output scan, names, publishing
  'pipeline', // loading the whole site, project-year jobs, dev error page
];

const upward = ROOMS.map((room, i) => ({
  name: `no-upward-from-${room}`,
  comment: `src/lib/${room}/ may import only from ${ROOMS.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/lib/${room}/` },
  to: { path: `^src/lib/(${ROOMS.slice(i + 1).join('|') || 'none^'})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-loose-lib-module',
      comment: 'every module of src/lib belongs to a room',
      severity: 'error',
      from: {},
      to: { path: '^src/lib/[^/]+$' },
    },
    {
      name: 'no-unknown-room',
      severity: 'error',
      from: {},
      to: { path: '^src/lib/[^/]+/', pathNot: `^src/lib/(${ROOMS.join('|')})/` },
    },
    {
      name: 'lib-stays-framework-free',
      comment: 'src/lib imports nothing from Astro, Chart.js or the rest of src',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^src/(?!lib/)', '^node_modules/(astro|@astrojs|chart\\.js)/'] },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
