package org.bitext.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * First pass of the terms job: the term candidates of every unit, interned into the two vocabularies with
 * their unit frequency and neighbours. Segmentation and tokenization, the costly part, run in parallel on
 * chunks of units; interning stays sequential and in unit order, so that ids and results do not depend on
 * the number of threads.
 */
final class CandidateCounter {

    private static final int CHUNK = 1024;

    /** One candidate occurrence: its key, surface form and neighbour hashes (0 for a boundary). */
    private record Occurrence(String key, String surface, int left, int right) {
    }

    private record UnitCandidates(List<Occurrence> zh, List<Occurrence> en) {
    }

    private final ThreadLocal<ZhTerms> zhTerms = ThreadLocal.withInitial(ZhTerms::new);
    private final ThreadLocal<EnTerms> enTerms = ThreadLocal.withInitial(EnTerms::new);
    private final Set<String> specialZh;
    private final Map<String, String> specialEn;

    /** {@code specialZh}/{@code specialEn}: definition and glossary terms, looked up in every unit. */
    CandidateCounter(Set<String> specialZh, Map<String, String> specialEn) {
        this.specialZh = specialZh;
        this.specialEn = specialEn;
    }

    void count(List<TermExtractor.Unit> units, Vocabulary zhVocab, Vocabulary enVocab, Consumer<String> progress) {
        IdList zhIds = new IdList();
        IdList enIds = new IdList();
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<TermExtractor.Unit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
            List<UnitCandidates> found = chunk.parallelStream().map(this::extract).toList();
            for (int k = 0; k < chunk.size(); k++) {
                int unit = from + k;
                zhIds.clear();
                enIds.clear();
                for (Occurrence o : found.get(k).zh()) {
                    int id = zhVocab.intern(o.key(), o.surface());
                    if (zhVocab.occurrence(id, unit, o.left(), o.right())) {
                        zhIds.add(id);
                    }
                }
                for (Occurrence o : found.get(k).en()) {
                    int id = enVocab.intern(o.key(), o.surface());
                    if (enVocab.occurrence(id, unit, o.left(), o.right())) {
                        enIds.add(id);
                    }
                }
                chunk.get(k).zhIds = zhIds.toArray();
                chunk.get(k).enIds = enIds.toArray();
            }
            if ((from / CHUNK + 1) % 5 == 0) {
                progress.accept("terms: candidates of " + Math.min(units.size(), from + CHUNK) + "/" + units.size()
                        + " units");
            }
        }
        for (Map.Entry<String, String> s : specialEn.entrySet()) {
            int id = enVocab.id(s.getKey());
            if (id >= 0) {
                enVocab.setSurface(id, s.getValue());
            }
        }
    }

    private UnitCandidates extract(TermExtractor.Unit u) {
        List<Occurrence> zh = new ArrayList<>();
        zhTerms.get().candidates(u.zh, (term, left, right) -> zh.add(new Occurrence(term, term, left, right)));
        for (String s : specialZh) {
            if (u.zh.contains(s)) {
                zh.add(new Occurrence(s, s, 0, 0));
            }
        }
        List<Occurrence> en = new ArrayList<>();
        EnTerms terms = enTerms.get();
        terms.candidates(u.en, (key, surface, left, right) -> en.add(new Occurrence(key, surface, left, right)));
        if (!specialEn.isEmpty()) {
            String seq = terms.keySequence(u.en);
            for (Map.Entry<String, String> s : specialEn.entrySet()) {
                if (seq.contains(" " + s.getKey() + " ")) {
                    en.add(new Occurrence(s.getKey(), s.getValue(), 0, 0));
                }
            }
        }
        return new UnitCandidates(zh, en);
    }

    /** A growable list of ids, reused across units. */
    private static final class IdList {
        private int[] ids = new int[64];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }
    }
}
