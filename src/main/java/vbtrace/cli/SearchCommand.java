package vbtrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.index.IndexLocation;
import vbtrace.index.ItemResult;
import vbtrace.index.Schema;
import vbtrace.index.SearchRequest;
import vbtrace.index.SearchResult;
import vbtrace.index.Searcher;
import vbtrace.index.Snippets;
import vbtrace.model.Json;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search; diacritics optional, \"phrases\", AND/OR/-, document numbers.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several words are joined)")
    String[] query;

    @Option(names = "--type", paramLabel = "T", description = "document type: code (QĐ, KH, NQ…) or name")
    String type;

    @Option(names = "--issuer", paramLabel = "TEXT", description = "issuer containing these words (UBND, HĐND expanded)")
    String issuer;

    @Option(names = "--jurisdiction", paramLabel = "TEXT", description = "jurisdiction containing these words")
    String jurisdiction;

    @Option(names = "--from", paramLabel = "YYYY", description = "issued in or after this year")
    Integer from;

    @Option(names = "--to", paramLabel = "YYYY", description = "issued in or before this year")
    Integer to;

    @Option(names = "--agency", paramLabel = "NAME", description = "an agency named or assigned in the document")
    String agency;

    @Option(names = "--limit", paramLabel = "N", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--in", paramLabel = "WHAT", description = "documents (default), tasks, targets or deadlines")
    String in = "documents";

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: $VBTRACE_INDEX or ./data/index)")
    Path index;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) throw new UserException("--limit must be at least 1");
        if (from != null && to != null && from > to) throw new UserException("--from " + from + " is after --to " + to);
        String kind = switch (in) {
            case "documents" -> null;
            case "tasks" -> Schema.KIND_TASK;
            case "targets" -> Schema.KIND_TARGET;
            case "deadlines" -> Schema.KIND_DEADLINE;
            default -> throw new UserException("--in must be documents, tasks, targets or deadlines, not " + in);
        };
        SearchRequest request = new SearchRequest(String.join(" ", query), type, issuer, jurisdiction, from, to, agency, limit);
        boolean marks = json || System.console() == null;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Searcher searcher = new Searcher(IndexLocation.resolve(index),
                marks ? new Snippets("<b>", "</b>", 240) : new Snippets("\u001b[1m", "\u001b[0m", 240))) {
            if (kind == null) {
                SearchResult result = searcher.search(request);
                warn(result.warning());
                if (json) out.println(Json.write(result));
                else print(out, result);
            } else {
                ItemResult result = searcher.searchItems(request, kind);
                warn(result.warning());
                if (json) out.println(Json.write(result));
                else print(out, result);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return 0;
    }

    private static void warn(String warning) {
        if (warning != null) System.err.println("vbtrace: " + warning);
    }

    private static void print(PrintStream out, ItemResult r) {
        out.println(r.total() + " found");
        int i = 0;
        for (ItemResult.Item h : r.hits()) {
            out.printf("%n%d. %s%s%s — %s%n   %s%n", ++i, dash(h.agency()), h.role() != null ? " (" + h.role() + ")" : "",
                    h.date() != null ? "  " + h.date() : h.year() != null ? "  " + h.year() : "", h.source(), h.text());
        }
        printFacets(out, r.facets());
    }

    private static void print(PrintStream out, SearchResult r) {
        out.println(r.total() + (r.total() == 1 ? " document" : " documents"));
        int i = 0;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%n%d. %s  %s  %s  %s%n", ++i, dash(h.number()), dash(h.type()), dash(h.date()), dash(h.title()));
            out.printf("   %s — %s%n", dash(h.issuer()), h.source());
            for (int s = 0; s < h.snippets().size(); s++) {
                String section = h.passages().get(s).section();
                out.println("   " + (section != null ? "[" + section + "] " : "") + h.snippets().get(s));
            }
        }
        printFacets(out, r.facets());
    }

    private static void printFacets(PrintStream out, Map<String, Map<String, Integer>> facets) {
        for (Map.Entry<String, Map<String, Integer>> f : facets.entrySet()) {
            if (f.getValue().isEmpty()) continue;
            StringBuilder line = new StringBuilder("\n" + f.getKey() + ":");
            f.getValue().forEach((k, v) -> line.append("  ").append(k).append(" (").append(v).append(')'));
            out.print(line);
        }
        out.println();
    }

    private static String dash(String s) {
        return s == null ? "–" : s;
    }
}
