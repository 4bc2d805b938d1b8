package org.bitext.terms;

import java.util.Map;
import java.util.Set;

/**
 * Sets the boundaries of a pair inside one aligned unit by dictionary evidence: each side grows to the
 * longest candidate of the unit that contains it when everything it adds translates words of the other side
 * that nothing translated before
 * (和平利用 ⇄ peaceful uses of nuclear energy becomes 和平利用核能; 大规模毁灭性武器 ⇄ mass destruction
 * becomes ⇄ weapons of mass destruction), and sheds edge words that the other side does not translate when a
 * shorter candidate keeps all the evidence and is translated completely (区域 ⇄ States of the region becomes ⇄
 * region; 建立信任措施 ⇄ confidence-building measure stays, since "building" is no gloss of 建立). A pair without
 * any dictionary evidence is left as it is: association alone decided it.
 */
final class Boundaries {

    /** A pair as keys (the English key is the candidate key, its surface for the dictionary comparison). */
    record Pair(String zh, String enKey, String en) {
    }

    private final Coverage coverage;

    Boundaries(Coverage coverage) {
        this.coverage = coverage;
    }

    /**
     * The adjusted pair in a unit whose Chinese candidates are {@code zhCandidates} and English candidates
     * {@code enCandidates} (key to surface).
     */
    Pair adjust(Pair pair, Set<String> zhCandidates, Map<String, String> enCandidates) {
        Pair cur = pair;
        for (int round = 0; round < 4; round++) {
            Pair next = shrink(grow(cur, zhCandidates, enCandidates), zhCandidates, enCandidates);
            if (next.equals(cur)) {
                break;
            }
            cur = next;
        }
        return cur;
    }

    private Pair grow(Pair p, Set<String> zhCandidates, Map<String, String> enCandidates) {
        Coverage.Counts base = coverage.of(p.zh(), p.en());
        if (base.zhCovered() == 0 && base.enCovered() == 0) {
            return p;
        }
        String zh = p.zh();
        for (String z : zhCandidates) {
            if (z.length() > zh.length() && z.contains(p.zh())) {
                Coverage.Counts c = coverage.of(z, p.en());
                if (c.zhUncovered() == base.zhUncovered() && c.enCovered() > base.enCovered()) {
                    zh = z;
                }
            }
        }
        Coverage.Counts withZh = coverage.of(zh, p.en());
        String enKey = p.enKey();
        String en = p.en();
        for (Map.Entry<String, String> e : enCandidates.entrySet()) {
            if (e.getKey().length() > enKey.length() && containsWords(e.getKey(), p.enKey())) {
                Coverage.Counts c = coverage.of(zh, e.getValue());
                if (c.enUncovered() == withZh.enUncovered() && c.zhCovered() > withZh.zhCovered()) {
                    enKey = e.getKey();
                    en = e.getValue();
                }
            }
        }
        return new Pair(zh, enKey, en);
    }

    private Pair shrink(Pair p, Set<String> zhCandidates, Map<String, String> enCandidates) {
        Coverage.Counts base = coverage.of(p.zh(), p.en());
        if (base.zhCovered() == 0 || base.enCovered() == 0) {
            return p;
        }
        String zh = p.zh();
        int zhUncovered = base.zhUncovered();
        for (String z : zhCandidates) {
            if (z.length() < p.zh().length() && p.zh().contains(z)) {
                Coverage.Counts c = coverage.of(z, p.en());
                if (c.zhCovered() == base.zhCovered() && c.complete() && c.zhUncovered() < zhUncovered) {
                    zh = z;
                    zhUncovered = c.zhUncovered();
                }
            }
        }
        String enKey = p.enKey();
        String en = p.en();
        Coverage.Counts withZh = coverage.of(zh, p.en());
        int enUncovered = withZh.enUncovered();
        for (Map.Entry<String, String> e : enCandidates.entrySet()) {
            if (e.getKey().length() < p.enKey().length() && containsWords(p.enKey(), e.getKey())) {
                Coverage.Counts c = coverage.of(zh, e.getValue());
                if (c.enCovered() == withZh.enCovered() && c.complete() && c.enUncovered() < enUncovered) {
                    enKey = e.getKey();
                    en = e.getValue();
                    enUncovered = c.enUncovered();
                }
            }
        }
        return new Pair(zh, enKey, en);
    }

    static boolean containsWords(String whole, String part) {
        return (" " + whole + " ").contains(" " + part + " ");
    }
}
