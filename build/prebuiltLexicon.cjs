// An esbuild plugin that ships compromise's pre-tagger lexicon already expanded.
//
// When compromise/two loads, its pre-tagger unpacks a compressed word list and conjugates, inflects
// and pluralizes thousands of entries: about a third of the analysis worker's start, and the part that
// grows most while VS Code is busy opening a window on the same cores. This plugin runs that expansion
// once, at build time, with the installed compromise, and swaps two of its modules for the result:
//   preTagger/model/lexicon/index.js  → the unpacked, expanded lexicon and the switches
//   preTagger/model/_expand/index.js  → only fills the multi-word cache and the uncountables
// so the bundle builds the same model without the work. test/unit/prebuiltLexicon.test.ts checks that
// the bundled model, and the tags it gives the corpus, equal stock compromise's.
const path = require('path');
const { pathToFileURL } = require('url');

const MODEL_DIR = path.join(__dirname, '..', 'node_modules', 'compromise', 'src', '2-two', 'preTagger', 'model');
const MODULES = {
  lexicon: path.join(MODEL_DIR, 'lexicon', 'index.js'),
  expand: path.join(MODEL_DIR, '_expand', 'index.js'),
};

/** The pre-tagger's model after compromise's own expansion, from the installed sources. */
async function expandedModel() {
  const { default: model } = await import(pathToFileURL(path.join(MODEL_DIR, 'index.js')).href);
  return { lexicon: model.one.lexicon, switches: model.two.switches, multi: model.one._multiCache, uncountable: model.two.uncountable };
}

const LEXICON_SOURCE = (json) => `import frozenLex from './frozenLex.js'
// Generated at build time by build/prebuiltLexicon.cjs: compromise's lexicon, already expanded.
export const prebuilt = JSON.parse(${json})
prebuilt.by = 'build/prebuiltLexicon.cjs'
export const lexicon = prebuilt.lexicon
export const switches = prebuilt.switches
export { frozenLex }
`;

const EXPAND_SOURCE = `import { prebuilt } from '../lexicon/index.js'
// The lexicon arrived expanded (build/prebuiltLexicon.cjs); only the caches the expansion fills are left.
export default function expand(model) {
  Object.assign(model.one._multiCache, prebuilt.multi)
  Object.assign(model.two.uncountable, prebuilt.uncountable)
  return model
}
`;

function prebuiltLexicon() {
  return {
    name: 'prebuilt-lexicon',
    setup(build) {
      let json;
      const replaced = new Set();
      build.onStart(() => replaced.clear());
      build.onLoad({ filter: /[\\/]preTagger[\\/]model[\\/](?:lexicon|_expand)[\\/]index\.js$/ }, async (args) => {
        const file = path.resolve(args.path);
        if (file === MODULES.lexicon) {
          replaced.add('lexicon');
          json ??= JSON.stringify(JSON.stringify(await expandedModel()));
          return { loader: 'js', resolveDir: path.dirname(file), contents: LEXICON_SOURCE(json) };
        }
        if (file === MODULES.expand) {
          replaced.add('expand');
          return { loader: 'js', resolveDir: path.dirname(file), contents: EXPAND_SOURCE };
        }
        return undefined;
      });
      // Half a swap would expand an expanded lexicon (or skip the expansion): refuse to build that.
      build.onEnd((result) => {
        if (replaced.size === 1) {
          result.errors.push({ text: `prebuilt-lexicon: only ${[...replaced][0]} of compromise's pre-tagger modules was replaced; its layout changed` });
        }
      });
    },
  };
}

module.exports = { prebuiltLexicon, expandedModel };
