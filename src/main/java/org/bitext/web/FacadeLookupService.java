package org.bitext.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermTable;

/**
 * The production {@link LookupService}: an open {@link Bitext} index (one shared, thread-safe searcher) and
 * the term table the terms job leaves in the index folder, re-read only when that file changes.
 */
public final class FacadeLookupService implements LookupService {

    /** The term table as last read, with the file stamp it was read at. */
    private record Terms(FileTime modified, long size, Optional<TermTable> table) {
    }

    private static final Terms NO_TERMS = new Terms(FileTime.fromMillis(0), -1, Optional.empty());

    private final Bitext bitext;
    private final Path indexDir;
    private volatile Terms terms = NO_TERMS;
    private volatile Optional<String> refreshProblem = Optional.empty();

    private FacadeLookupService(Bitext bitext, Path indexDir) {
        this.bitext = bitext;
        this.indexDir = indexDir;
    }

    /** Opens the index in {@code indexDir}. */
    public static FacadeLookupService open(Path indexDir) {
        return new FacadeLookupService(Bitext.open(indexDir), indexDir);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return bitext.search(request);
    }

    @Override
    public List<AlignedPair> paragraph(String document, String paragraph) {
        return bitext.paragraph(document, paragraph);
    }

    @Override
    public List<TermPair> terms(String query, int limit) {
        Optional<TermTable> table = termTable();
        if (table.isEmpty()) {
            return List.of();
        }
        // Exact matches on either side first (what the translator typed), then entries containing it.
        Set<TermPair> out = new LinkedHashSet<>(table.get().byZh(query));
        out.addAll(table.get().byEn(query));
        String needle = query.toLowerCase(Locale.ROOT);
        for (TermPair p : table.get().pairs()) {
            if (out.size() >= limit) {
                break;
            }
            if (p.zh().contains(query) || p.en().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(limit, out.size()));
    }

    @Override
    public boolean hasTerms() {
        return termTable().isPresent();
    }

    @Override
    public void refresh() {
        try {
            bitext.refresh();
            refreshProblem = Optional.empty();
        } catch (RuntimeException e) {
            refreshProblem = Optional.of(String.valueOf(e.getMessage()));
            throw e;
        }
    }

    @Override
    public long generation() {
        return bitext.generation();
    }

    @Override
    public Optional<String> refreshProblem() {
        return refreshProblem;
    }

    @Override
    public void close() {
        bitext.close();
    }

    private Optional<TermTable> termTable() {
        Path file = indexDir.resolve(TermTable.FILE_NAME);
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            terms = NO_TERMS;
            return Optional.empty();
        } catch (IOException e) {
            return terms.table();
        }
        Terms current = terms;
        if (!current.modified().equals(modified) || current.size() != size) {
            // Several threads may re-read at once after a change; each gets a complete table.
            current = new Terms(modified, size, TermTable.readFrom(indexDir));
            terms = current;
        }
        return current.table();
    }
}
