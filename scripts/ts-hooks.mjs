// Module hooks that run the app's TypeScript on plain Node, for `npm start` and the benchmark's server:
// each .ts/.tsx file is transpiled on its own with esbuild (what tsx does too, as the type check is
// `npm run typecheck`'s job), and an import of "./x.js" finds x.ts. Everything else loads untouched.
// Why not tsx: its loader kept about 160 MB more in an idle server (it sees and source-maps every module
// AdminJS pulls in, React and Babel included); these hooks cost about 25 MB.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const TS = /\.(ts|tsx|mts)$/;

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    // Our sources import each other as ".js" (NodeNext); the file on disk is .ts or .tsx.
    const fromOurs = context.parentURL?.startsWith('file:') && TS.test(context.parentURL);
    if (!fromOurs || error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^(\.{1,2}\/|\/|file:).*\.js$/.test(specifier)) throw error;
    for (const ext of ['.ts', '.tsx']) {
      try {
        return await nextResolve(specifier.slice(0, -3) + ext, context);
      } catch {
        // try the next one
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TS.test(url) || url.includes('/node_modules/')) return nextLoad(url, context);
  const path = new URL(url);
  const { code } = await transform(await readFile(path, 'utf8'), {
    loader: url.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'node20',
    jsx: 'transform', // tsconfig's "jsx": "react"
    sourcemap: false,
    sourcefile: path.pathname,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
