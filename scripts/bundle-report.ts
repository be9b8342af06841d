/**
 * A Vite plugin that records, for every chunk of a build (the page and each worker), the
 * modules it holds and what it imports, when DAM_BUNDLE_REPORT names a folder. The bundle check
 * (scripts/check-bundle.mjs) reads these records; an ordinary build writes nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface ChunkRecord {
  file: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}

export function bundleReport(build: string): Plugin {
  return {
    name: 'dam-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dir = process.env.DAM_BUNDLE_REPORT;
      if (!dir) return;
      const chunks: ChunkRecord[] = [];
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        chunks.push({
          file: c.fileName,
          isEntry: c.isEntry,
          isDynamicEntry: c.isDynamicEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: c.moduleIds,
        });
      }
      mkdirSync(dir, { recursive: true });
      const entry = chunks.find((c) => c.isEntry)?.file.replace(/[^a-z0-9.-]+/gi, '_') ?? 'none';
      writeFileSync(join(dir, `${build}-${entry}.json`), JSON.stringify(chunks));
    },
  };
}
