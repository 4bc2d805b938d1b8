package org.bitext.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bitext.format.JsonWriter;
import org.bitext.terms.ReviewedTerms;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermReview;
import org.bitext.terms.TermTable;

/**
 * The term review API: {@code GET /api/review} lists the pairs of the term table with the decision that
 * covers each (and the decisions whose pair the table no longer lists, so they can be changed), and
 * {@code POST /api/review} saves one decision through the {@link LookupService}. Parsing and JSON only.
 */
final class ReviewApi {

    private ReviewApi() {
    }

    static String list(LookupService service) {
        Optional<TermTable> table = service.termTable();
        ReviewedTerms reviewed = service.reviewedTerms();
        JsonWriter w = new JsonWriter().beginObject()
                .field("available", table.isPresent())
                .field("decisions", reviewed.reviews().size())
                .name("pairs").beginArray();
        Set<TermReview> shown = new HashSet<>();
        int rank = 0;
        for (TermPair p : table.map(TermTable::pairs).orElse(java.util.List.of())) {
            Optional<TermReview> d = reviewed.decisionFor(p);
            d.ifPresent(shown::add);
            pair(w, ++rank, p.zh(), p.en(), p, d);
        }
        for (TermReview r : reviewed.reviews()) {
            if (!shown.contains(r)) {
                pair(w, 0, r.fromZh(), r.fromEn(), null, Optional.of(r));
            }
        }
        return w.endArray().endObject().toJson();
    }

    private static void pair(JsonWriter w, int rank, String zh, String en, TermPair p, Optional<TermReview> d) {
        w.beginObject()
                .field("rank", rank)
                .field("zh", zh)
                .field("en", en)
                .field("kind", p == null ? "" : p.kind().label())
                .field("frequency", p == null ? 0 : p.frequency())
                .field("confidence", p == null ? 0 : p.confidence())
                .field("method", p == null ? "" : p.method())
                .field("status", d.map(r -> r.status().label()).orElse(""));
        if (d.isPresent()) {
            w.field("keptZh", d.get().zh()).field("keptEn", d.get().en())
                    .field("listedZh", d.get().fromZh()).field("listedEn", d.get().fromEn());
        }
        w.name("examples").beginArray();
        if (p != null) {
            p.examples().forEach(w::value);
        }
        w.endArray().endObject();
    }

    /**
     * Saves the decision a POST body describes: {@code {"status": "accepted|rejected|edited", "zh": …,
     * "en": …}} about the listed pair, plus {@code "newZh"}/{@code "newEn"} for an edit (a missing side is
     * kept as listed).
     */
    static String save(LookupService service, String body) {
        Map<String, String> m = JsonBody.parse(body);
        for (String name : m.keySet()) {
            if (!Set.of("status", "zh", "en", "newZh", "newEn").contains(name)) {
                throw HttpError.badRequest("unknown member '" + name + "' (use status, zh, en, newZh, newEn)");
            }
        }
        TermReview review;
        try {
            TermReview.Status status = TermReview.Status.parse(required(m, "status"));
            String zh = required(m, "zh");
            String en = required(m, "en");
            if (status == TermReview.Status.EDITED) {
                review = new TermReview(status, zh, en, m.getOrDefault("newZh", zh), m.getOrDefault("newEn", en));
            } else if (m.containsKey("newZh") || m.containsKey("newEn")) {
                throw new IllegalArgumentException("newZh/newEn only go with status edited");
            } else {
                review = TermReview.of(status, zh, en);
            }
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        ReviewedTerms all;
        try {
            all = service.review(review);
        } catch (UnsupportedOperationException e) {
            throw new HttpError(501, e.getMessage());
        }
        return new JsonWriter().beginObject()
                .name("saved").beginObject()
                .field("status", review.status().label())
                .field("zh", review.zh()).field("en", review.en())
                .field("listedZh", review.fromZh()).field("listedEn", review.fromEn())
                .endObject()
                .field("decisions", all.reviews().size())
                .endObject().toJson();
    }

    private static String required(Map<String, String> m, String name) {
        String v = m.get(name);
        if (v == null) {
            throw HttpError.badRequest("missing member '" + name + "'");
        }
        return v;
    }
}
