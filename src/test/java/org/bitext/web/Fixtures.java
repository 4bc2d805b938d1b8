package org.bitext.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/** The data the web tests run on: CD/1937 and one hostile document pair whose text is markup. */
final class Fixtures {

    static final String HOSTILE_DOC = "XSS-1";
    static final String SCRIPT = "<script>alert(\"xss\")</script>";
    static final String IMG = "\"><img src=x onerror=alert(2)>";

    static final String HOSTILE_EN = "The delegation quoted " + SCRIPT + " and " + IMG
            + " while discussing the FMCT.";
    static final String HOSTILE_ZH = "该代表团引用了 " + SCRIPT + " 和 " + IMG + "，同时讨论了禁产条约。";

    private Fixtures() {
    }

    /** A lookup service over the fixture data. */
    static LookupService service() {
        List<AlignedPair> pairs = new ArrayList<>(GoldLookupService.goldPairs());
        pairs.add(new AlignedPair(HOSTILE_DOC, Level.SENTENCE, "1", 1, HOSTILE_EN, HOSTILE_ZH, 0.9));
        return new GoldLookupService(pairs, Map.of("禁产条约", "FMCT", "FMCT", "禁产条约"), List.of());
    }
}
