package vbtrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.Pipeline;
import vbtrace.index.DocumentNumbers;
import vbtrace.index.IndexLocation;
import vbtrace.index.Schema;
import vbtrace.index.StoredRecords;
import vbtrace.ingest.DocumentReader;
import vbtrace.ingest.IngestException;
import vbtrace.model.Deadline;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Json;
import vbtrace.model.OutlineNode;
import vbtrace.model.Target;
import vbtrace.model.Task;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one document: its metadata card, outline, tasks by agency, targets by year and deadlines by date.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DOC", description = "a document file, or the source path or number of an indexed document")
    String doc;

    @Option(names = "--json", description = "print the extraction record as JSON")
    boolean json;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: $VBTRACE_INDEX or ./data/index)")
    Path index;

    @Override
    public Integer call() {
        Path file = asPath(doc);
        // a file is read and extracted; anything else is looked up in the index, without loading the parsers
        ExtractionRecord record = file != null && Files.isRegularFile(file) ? extract(file) : indexed();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) out.println(Json.pretty(record));
        else print(record, out);
        out.flush();
        return 0;
    }

    private static ExtractionRecord extract(Path file) {
        try (DocumentReader reader = new DocumentReader()) {
            return new Pipeline().extract(reader.read(file));
        } catch (IngestException e) {
            throw new UserException("show: " + file + ": " + e.getMessage());
        }
    }

    private ExtractionRecord indexed() {
        Path dir = IndexLocation.resolve(index);
        List<ExtractionRecord> found;
        try {
            found = IndexedRecords.find(dir, doc);
        } catch (IOException e) {
            throw new UserException("show: no such document: " + doc + " (not a file; " + e.getMessage() + ")");
        }
        if (found.isEmpty()) {
            throw new UserException("show: no such document: " + doc + " (not a file, nor a source or number in " + dir + ")");
        }
        if (found.size() > 1) {
            System.err.println("show: " + found.size() + " documents numbered " + doc + "; showing " + found.get(0).source()
                    + " (also: " + String.join(", ", found.subList(1, found.size()).stream().map(ExtractionRecord::source).toList()) + ")");
        }
        return found.get(0);
    }

    private static Path asPath(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static void print(ExtractionRecord r, PrintStream out) {
        DocumentInfo d = r.document();
        String head = String.join(" ", nonNull(d.typeName(), d.number()));
        out.println(head.isEmpty() ? r.source() : head);
        out.println("  source        " + r.source());
        field(out, "type", d.type());
        field(out, "issuer", d.issuer());
        field(out, "jurisdiction", d.jurisdiction());
        field(out, "place", d.place());
        field(out, "date", d.date());
        field(out, "title", d.title());
        if (d.signer() != null) {
            field(out, "signer", String.join(", ", nonNull(d.signer().name(), d.signer().position(), d.signer().authority())));
        }
        if (!d.implementsIds().isEmpty()) field(out, "implements", String.join(", ", d.implementsIds()));
        if (!d.recipients().isEmpty()) field(out, "recipients", String.join("; ", d.recipients()));

        out.println();
        out.println("Outline");
        if (r.outline().isEmpty()) out.println("  (none)");
        printOutline(r.outline(), "  ", out);

        out.println();
        out.println("Tasks by agency");
        Map<String, List<Task>> tasks = new TreeMap<>();
        for (Task t : r.tasks()) tasks.computeIfAbsent(String.valueOf(t.agency()), k -> new java.util.ArrayList<>()).add(t);
        if (tasks.isEmpty()) out.println("  (none)");
        tasks.forEach((agency, list) -> {
            out.println("  " + agency);
            for (Task t : list) {
                String with = t.coordinators().isEmpty() ? "" : " with " + String.join(", ", t.coordinators());
                out.println("    [" + t.role() + "] " + (t.section() == null ? "" : t.section() + " ") + clip(t.text()) + with);
            }
        });

        out.println();
        out.println("Targets by year");
        Map<String, List<Target>> targets = new TreeMap<>();
        for (Target t : r.targets()) targets.computeIfAbsent(t.year() == null ? "(no year)" : t.year().toString(), k -> new java.util.ArrayList<>()).add(t);
        if (targets.isEmpty()) out.println("  (none)");
        targets.forEach((year, list) -> {
            out.println("  " + year);
            for (Target t : list) {
                out.println("    " + t.indicator() + ": " + t.direction() + " " + bounds(t) + (t.unit() == null ? "" : " " + t.unit()));
            }
        });

        out.println();
        out.println("Deadlines by date");
        List<Deadline> deadlines = new java.util.ArrayList<>(r.deadlines());
        deadlines.sort(java.util.Comparator.comparing(x -> x.date() == null ? "~" : x.date()));
        if (deadlines.isEmpty()) out.println("  (none)");
        for (Deadline x : deadlines) {
            String when = (x.date() == null ? "—" : x.date()) + (x.recurrence() == null ? "" : " " + x.recurrence());
            out.println("  " + when + "  " + (x.agency() == null ? "" : x.agency() + ": ") + clip(x.text()));
        }
    }

    private static void printOutline(List<OutlineNode> nodes, String indent, PrintStream out) {
        for (OutlineNode n : nodes) {
            if (n.label().equals("-") || n.label().equals("+")) continue; // bullets are text, not sections
            boolean word = n.label().matches("(?iu)^(phần|chương|mục|điều)\\b.*");
            String label = word || n.label().startsWith("(") || n.label().endsWith(")") ? n.label()
                    : n.label().length() == 1 && Character.isLowerCase(n.label().charAt(0)) ? n.label() + ")" : n.label() + ".";
            out.println(indent + label + " " + n.heading());
            printOutline(n.children(), indent + "  ", out);
        }
    }

    private static void field(PrintStream out, String name, String value) {
        if (value != null) out.printf("  %-13s %s%n", name, value);
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String bounds(Target t) {
        if (t.min() != null && t.min().equals(t.max())) return fmt(t.min());
        return (t.min() == null ? "" : "≥" + fmt(t.min())) + (t.min() != null && t.max() != null ? " " : "")
                + (t.max() == null ? "" : "≤" + fmt(t.max()));
    }

    private static String fmt(Double v) {
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v).replace('.', ',');
    }

    private static String clip(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 140 ? t : t.substring(0, 139) + "…";
    }

    /** Records read back from the index by source path, document number or file name; read-only. */
    static final class IndexedRecords {
        private IndexedRecords() {}

        /** The indexed records {@code doc} names, newest first; empty when none. */
        static List<ExtractionRecord> find(Path dir, String doc) throws IOException {
            if (!Files.isDirectory(dir)) throw new IOException("no index at " + dir);
            try (FSDirectory directory = FSDirectory.open(dir)) {
                if (!DirectoryReader.indexExists(directory)) throw new IOException("no index at " + dir);
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    List<ExtractionRecord> found = records(searcher, new TermQuery(new Term(Schema.SOURCE, doc)));
                    String key = DocumentNumbers.key(doc);
                    if (found.isEmpty() && key != null) found = records(searcher, new TermQuery(new Term(Schema.NUMBER_KEY, key)));
                    if (found.isEmpty() && !doc.contains("/")) {
                        found = records(searcher, new WildcardQuery(new Term(Schema.SOURCE, "*/" + doc)));
                    }
                    return found;
                }
            }
        }

        private static List<ExtractionRecord> records(IndexSearcher searcher, Query query) throws IOException {
            Query docs = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), BooleanClause.Occur.FILTER).build();
            List<ExtractionRecord> out = new java.util.ArrayList<>();
            StoredRecords.forEachDoc(searcher, docs, java.util.Set.of(Schema.RECORD), d -> out.add(StoredRecords.parse(d.get(Schema.RECORD))));
            out.sort(java.util.Comparator.comparing((ExtractionRecord r) -> String.valueOf(r.document().date())).reversed());
            return out;
        }
    }
}
