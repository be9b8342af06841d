/**
 * ESLint rule `dam/boundaries`: every relative import (static, dynamic, re-export, or a
 * `new URL('…', import.meta.url)` worker reference) must respect the realms of realms.mjs.
 * The import is resolved against the importing file, so `../../studio/app/x` from a basins file
 * is caught however it is spelled.
 */
import { dirname, relative, resolve } from 'node:path';
import { checkImport } from './realms.mjs';

const isTestFile = (path) => /\.test\.tsx?$|\.test-d\.ts$/.test(path);

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the realms of docs/adding-a-lab.md' },
    schema: [],
  },
  create(context) {
    const root = context.cwd ?? process.cwd();
    const file = context.filename;
    const from = relative(root, file).replace(/\\/g, '/');
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = relative(root, resolve(dirname(file), spec.replace(/\?.*$/, ''))).replace(
        /\\/g,
        '/',
      );
      const problem = checkImport(from, target, { isTest: isTestFile(from) });
      if (problem) context.report({ node, message: `${problem} ('${spec}').` });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
      },
      NewExpression(node) {
        const [first, second] = node.arguments;
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'URL' &&
          first?.type === 'Literal' &&
          second?.type === 'MemberExpression' &&
          second.object.type === 'MetaProperty'
        ) {
          check(first, first.value);
        }
      },
    };
  },
};

export default { rules: { boundaries } };
