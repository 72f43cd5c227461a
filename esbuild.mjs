// Bundles the extension, the analysis worker, the CLI and the eval/bench scripts with esbuild.
// Type checking is tsc's job (`npm run check-types`); tests are compiled by tsc, never bundled.
import * as esbuild from 'esbuild';
import prebuilt from './build/prebuiltLexicon.cjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  // What ships (the worker and the CLI) loads compromise with its lexicon expanded at build time.
  { entryPoints: { extension: 'src/extension.ts', worker: 'src/worker.ts' }, outdir: 'dist', external: ['vscode'], plugins: [prebuilt.prebuiltLexicon()] },
  { entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, plugins: [prebuilt.prebuiltLexicon()] },
  // Eval and bench keep stock compromise: the benchmark's baseline is plain compromise.
  { entryPoints: { eval: 'scripts/eval.ts', bench: 'scripts/bench.ts' }, outdir: 'dist' },
];

for (const options of builds) {
  const config = { ...common, ...options };
  if (watch) {
    const ctx = await esbuild.context(config);
    await ctx.watch();
  } else {
    await esbuild.build(config);
  }
}
if (!watch) console.log(`built dist/ (${production ? 'production' : 'development'})`);
