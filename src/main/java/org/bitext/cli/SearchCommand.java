package org.bitext.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.format.SearchResultJson;
import org.bitext.format.TmExport;
import org.bitext.index.DateRange;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.text.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Mixin;

/** {@code bitext search}: bilingual concordance with the query's translation spotted. */
@Command(name = "search", description = {
    "Search the index in Chinese or English and show every aligned context, with the translation spotted.",
    "Syntax: words (AND), \"exact phrase\", -exclude, a OR b, prefix*. Chinese matches as a contiguous string,",
    "Traditional or Simplified. Builds or updates the index from the corpus folder first when it is missing or",
    "stale."})
final class SearchCommand implements Callable<Integer> {


    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several arguments are joined).")
    List<String> query = new ArrayList<>();

    /** Words written as {@code -word} look like options to the parser; they are the query's exclusions. */
    @Unmatched
    List<String> exclusions = new ArrayList<>();

    @Mixin
    CorpusIndexOptions corpusIndex;

    @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Mixin
    UnitFilterOptions units;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|tmx|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String x : exclusions) {
            if (x.startsWith("--") || x.length() < 2) {
                throw new ParameterException(spec.commandLine(), "Unknown option: '" + x + "'");
            }
        }
        List<String> words = new ArrayList<>(query);
        words.addAll(exclusions);
        if (words.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'QUERY'");
        }
        DateRange dates = units.dates();
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", words), limit, offset, units.level, units.doc, dates);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        corpusIndex.update(err, err);
        try (Bitext b = Bitext.open(corpusIndex.index())) {
            SearchResult result = b.search(request);
            if (format == ResultFormat.JSON) {
                out.println(SearchResultJson.toJson(request, result));
            } else if (format == ResultFormat.TMX) {
                TmExport.searchTmx(result, out); // the hits shown (--limit, --offset)
            } else if (format == ResultFormat.CSV) {
                TmExport.searchCsv(result, out);
            } else {
                new ConcordanceText(out, Terminal.colour()).print(result, request);
            }
        }
        out.flush();
        return 0;
    }
}
