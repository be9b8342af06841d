/**
 * The project's realms and who may import whom (architecture.md, part 4), as data: one place the
 * lint rule (boundaries.mjs), its fixture test and docs/adding-a-lab.md agree on.
 *
 * A file's realm comes from its path. `labs/<id>/…` realms carry the lab id: a lab may reach its
 * own rooms only, never another lab's (what two labs share moves down to core or the shell).
 */

/** Realm of a repo-relative path (forward slashes), with the lab id for lab rooms. */
export function realmOf(path) {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (/^src\/labs\/registry(\.tsx?)?$/.test(p)) return { realm: 'registry', lab: null };
  const lab = /^src\/labs\/([a-z0-9-]+)(?:\/(.*))?$/.exec(p);
  if (lab) {
    const [, id, rest = ''] = lab;
    // worker/api.ts, and the api types of a view it composes (worker/<view>-api.ts).
    if (rest.startsWith('worker/api') || /^worker\/[a-z0-9-]+-api(\.ts)?$/.test(rest))
      return { realm: 'lab-api', lab: id };
    if (rest.startsWith('worker/')) return { realm: 'lab-worker', lab: id };
    if (rest.startsWith('ui/charts/')) return { realm: 'lab-chart', lab: id };
    if (rest.startsWith('ui/')) return { realm: 'lab-ui', lab: id };
    if (rest.startsWith('app/')) return { realm: 'lab-app', lab: id };
    return { realm: 'lab-root', lab: id };
  }
  const prefixes = [
    ['src/labs/', 'registry'],
    ['src/core/', 'core'],
    ['src/engine/', 'engine'],
    ['src/worker-api/', 'worker-api'],
    ['src/worker-client/', 'worker-client'],
    ['workers/', 'workers'],
    ['src/shell/', 'shell'],
    ['src/store/', 'store'],
    ['src/charts/', 'charts'],
    ['src/components/', 'components'],
    ['src/schema/', 'schema'],
    ['src/cli/', 'cli'],
    ['src/bench/', 'bench'],
    ['src/test-utils/', 'test-utils'],
    ['src/styles/', 'styles'],
    ['src/main.tsx', 'entry'],
  ];
  // A folder import ('../store') names the folder itself.
  for (const [prefix, realm] of prefixes)
    if (p.startsWith(prefix) || `${p}/` === prefix) return { realm, lab: null };
  return { realm: 'outside', lab: null };
}

const LAB_UI = [
  'core',
  'store',
  'shell',
  'charts',
  'components',
  'worker-api',
  'styles',
  'own:lab-api',
  'own:lab-app',
  'own:lab-ui',
  'own:lab-chart',
];

/**
 * What each realm may import (by realm name). `own:` entries apply to the importer's own lab
 * only. Realms not listed as sources (scripts, e2e, configs) are not checked.
 */
export const ALLOWED = {
  core: ['core'],
  schema: ['core', 'schema'],
  engine: ['core', 'engine', 'worker-api'],
  'worker-api': ['core', 'worker-api'],
  'lab-api': ['core', 'worker-api', 'own:lab-api'],
  'lab-worker': ['core', 'engine', 'worker-api', 'schema', 'own:lab-api', 'own:lab-worker'],
  workers: ['core', 'engine', 'worker-api', 'lab-api', 'lab-worker', 'bench'],
  'worker-client': ['core', 'worker-api', 'worker-client', 'workers'],
  store: ['core', 'store', 'worker-api', 'shell'],
  charts: ['core', 'charts'],
  components: ['core', 'charts', 'components', 'store', 'shell', 'styles'],
  shell: [
    'core',
    'schema',
    'store',
    'charts',
    'components',
    'worker-client',
    'worker-api',
    'shell',
    'registry',
    'styles',
  ],
  'lab-app': [
    'core',
    'schema',
    'store',
    'shell',
    'worker-client',
    'worker-api',
    'own:lab-api',
    'own:lab-app',
  ],
  'lab-ui': LAB_UI,
  'lab-chart': ['core', 'charts', 'own:lab-chart', 'own:lab-app', 'own:lab-api'],
  // The lab's index.ts and test hook: what its UI may reach, its codec's schema and itself.
  'lab-root': [...LAB_UI, 'schema', 'own:lab-root'],
  registry: ['shell', 'lab-root', 'registry'],
  entry: ['shell', 'store', 'components', 'registry', 'styles'],
  cli: ['core', 'schema', 'engine', 'worker-api', 'lab-api', 'lab-worker', 'cli'],
  bench: [
    'core',
    'engine',
    'worker-api',
    'worker-client',
    'lab-api',
    'lab-worker',
    'bench',
    'workers',
  ],
  'test-utils': ['core', 'engine', 'worker-api', 'worker-client', 'test-utils'],
};

/** Why a realm may not import another, in words (for the lint message). */
export const WHY = {
  core: 'src/core is pure: it imports nothing outside src/core',
  charts: 'charts are framework-free renderers: no store, no React, no app code',
  'lab-chart': 'charts are framework-free renderers: no store, no React, no app code',
  'lab-ui': 'UI reaches compute only through its lab app room and the worker client',
  'lab-worker': 'worker rooms run in the worker: no app, UI or store code',
  engine: 'the engine runs in the worker: no app, UI or store code',
  workers: 'worker entries compose worker rooms only',
  store: 'the store holds shared state: no lab, UI or worker code',
};

/**
 * null when `from` (repo path) may import `to` (repo path), else the reason.
 * Test files may import any realm of their own lab and the test harness, never another lab.
 */
export function checkImport(from, to, { isTest = false } = {}) {
  const a = realmOf(from);
  const b = realmOf(to);
  if (a.realm === 'outside' || b.realm === 'outside') return null;
  if (a.lab && b.lab && a.lab !== b.lab) {
    return `labs/${a.lab} may not import labs/${b.lab}: no lab imports another (move what two labs share to src/core or src/shell)`;
  }
  if (isTest) return null;
  const allowed = ALLOWED[a.realm];
  if (!allowed) return null;
  const ok = allowed.some((entry) =>
    entry.startsWith('own:') ? b.realm === entry.slice(4) && b.lab === a.lab : entry === b.realm,
  );
  if (ok) return null;
  const where = (r) => (r.lab ? `labs/${r.lab} (${r.realm})` : r.realm);
  const why = WHY[a.realm] ? `: ${WHY[a.realm]}` : '';
  return `${where(a)} may not import ${where(b)}${why}`;
}
