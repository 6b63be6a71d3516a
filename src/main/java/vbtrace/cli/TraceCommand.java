package vbtrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.graph.CorpusGraph;
import vbtrace.graph.GraphNode;
import vbtrace.graph.Trace;
import vbtrace.graph.TraceFormat;
import vbtrace.index.IndexLocation;
import vbtrace.model.Json;

/**
 * {@code vbtrace trace DOC}: the implementation chain from {@code <index>/graph.json}. Reads only
 * the graph (no parser or extraction classes are loaded), so it starts fast. An unknown DOC or a
 * missing graph is an unusable argument: one line on stderr, exit code 2.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "The implementation chain of a document: what it implements (--up), what implements it (--down).")
public final class TraceCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DOC", description = "an id (58-NQ/TU, 28/CT-TTg, or KEY@scope) or a source path")
    String doc;

    @Option(names = "--up", description = "what DOC implements, transitively")
    boolean up;

    @Option(names = "--down", description = "what implements DOC, transitively")
    boolean down;

    @Option(names = "--depth", paramLabel = "N", description = "at most N links from DOC (default: no limit)")
    int depth = Integer.MAX_VALUE;

    @Option(names = "--all", description = "follow every relation (BASED_ON, CITES), not only IMPLEMENTS")
    boolean all;

    @Option(names = "--dot", description = "Graphviz DOT output")
    boolean dot;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Option(names = "--unresolved", description = "list documents known only from references (DOC not needed)")
    boolean unresolved;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: $VBTRACE_INDEX or ./data/index)")
    Path index;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        CorpusGraph graph = loadGraph();
        if (unresolved) {
            printUnresolved(graph.unresolved(), out);
        } else {
            if (doc == null) throw new UserException("trace: give a DOC (an id or a source path), or --unresolved");
            if (depth < 1) throw new UserException("trace: --depth must be at least 1");
            Trace trace = Trace.of(graph, root(graph), up || !down, down || !up, depth, all);
            out.print(json ? Json.write(TraceFormat.json(trace)) + "\n" : dot ? TraceFormat.dot(trace) : TraceFormat.tree(trace));
        }
        out.flush();
        return 0;
    }

    private CorpusGraph loadGraph() {
        Path dir = IndexLocation.resolve(index);
        Path file = IndexLocation.graph(dir);
        if (!Files.isRegularFile(file)) throw new UserException("trace: no graph in " + dir + " (run `vbtrace ingest` first)");
        try {
            return CorpusGraph.load(file);
        } catch (IOException e) {
            throw new UserException("trace: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The one node DOC names; among several scopes of one id, the one held in the corpus if only one is. */
    private GraphNode root(CorpusGraph graph) {
        List<GraphNode> found = graph.find(doc);
        if (found.isEmpty()) throw new UserException("trace: no document '" + doc + "' in the graph");
        if (found.size() == 1) return found.get(0);
        List<GraphNode> inCorpus = found.stream().filter(GraphNode::inCorpus).toList();
        if (inCorpus.size() == 1) return inCorpus.get(0);
        throw new UserException("trace: '" + doc + "' names " + found.size() + " documents; give one of: "
                + String.join(", ", found.stream().map(GraphNode::key).toList()));
    }

    private void printUnresolved(List<GraphNode> nodes, PrintStream out) {
        if (json) {
            out.println(Json.write(java.util.Map.of("unresolved", nodes)));
            return;
        }
        for (GraphNode n : nodes) {
            out.println(n.key() + "\tcited by " + n.citedBy() + (n.type() != null ? "\t" + n.type() : "")
                    + (n.date() != null ? "\t" + n.date() : "") + (n.issuer() != null ? "\t" + n.issuer() : "")
                    + (n.subject() != null ? "\t" + n.subject() : ""));
        }
    }
}
