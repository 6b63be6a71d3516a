package vbtrace.graph;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vbtrace.extract.DocumentIdParser;
import vbtrace.extract.JurisdictionWords;
import vbtrace.extract.SymbolCodes;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Json;
import vbtrace.model.Reference;
import vbtrace.model.Relation;
import vbtrace.structure.Gazetteer;
import vbtrace.text.Canonical;

/**
 * The implementation graph over the whole corpus: a node per document however it is reached (its
 * own number, a reference in another document, or — for a document whose text has no number — a
 * match of its type, jurisdiction, date and title against what others say of it), edges with
 * relation, evidence and the documents stating them. Second-order relations ("Kết luận số 1364-KL/TU
 * … về tiếp tục thực hiện Chỉ thị số 29-CT/TU") join the same graph.
 *
 * <p>Building is close to linear in the records (about 20 CPU-seconds for a 100,000-document
 * synthetic corpus, the matching of numberless documents included), so the index rebuilds it
 * from all records on every ingest commit rather than patching it; {@link #save} writes
 * atomically, so readers never see half a graph.
 */
public final class CorpusGraph {
    private final Map<String, GraphNode> nodes;
    private final List<GraphEdge> edges;
    private final Map<String, List<GraphEdge>> outgoing = new HashMap<>();
    private final Map<String, List<GraphEdge>> incoming = new HashMap<>();

    private CorpusGraph(Map<String, GraphNode> nodes, List<GraphEdge> edges) {
        this.nodes = nodes;
        this.edges = List.copyOf(edges);
        for (GraphEdge e : this.edges) {
            outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            incoming.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
    }

    public static CorpusGraph build(Collection<ExtractionRecord> records) {
        return new Builder().build(records);
    }

    public Collection<GraphNode> nodes() {
        return nodes.values();
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    public Optional<GraphNode> node(String key) {
        return Optional.ofNullable(nodes.get(key));
    }

    public List<GraphEdge> outgoing(String key) {
        return outgoing.getOrDefault(key, List.of());
    }

    public List<GraphEdge> incoming(String key) {
        return incoming.getOrDefault(key, List.of());
    }

    /** Nodes known only from references, most cited first. */
    public List<GraphNode> unresolved() {
        return nodes.values().stream().filter(n -> !n.inCorpus())
                .sorted(Comparator.comparingInt(GraphNode::citedBy).reversed().thenComparing(GraphNode::key)).toList();
    }

    /**
     * The nodes a user's DOC names: a key ("58-NQ/TU@tỉnh Lạng Sơn"), an id in any damaged spelling
     * ("28/CT-TTG", all scopes), or a corpus source path.
     */
    public List<GraphNode> find(String doc) {
        String d = doc.strip();
        if (nodes.containsKey(d)) return List.of(nodes.get(d));
        String id = new DocumentIdParser().canonicalize(Canonical.forMatching(d)).orElse(null);
        List<GraphNode> out = new ArrayList<>();
        for (GraphNode n : nodes.values()) {
            if (id != null && id.equals(n.id())) out.add(n);
        }
        if (!out.isEmpty()) return out;
        Path p = Path.of(d).normalize();
        for (GraphNode n : nodes.values()) {
            if (n.source() != null && (Path.of(n.source()).normalize().equals(p)
                    || Path.of(n.source()).toAbsolutePath().normalize().equals(p.toAbsolutePath()))) out.add(n);
        }
        return out;
    }

    /** Writes the graph as JSON to {@code file} atomically (temp file in the same folder, then move). */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, Json.write(new Stored(1, List.copyOf(nodes.values()), edges)));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static CorpusGraph load(Path file) throws IOException {
        Stored s = Json.MAPPER.readValue(file.toFile(), Stored.class);
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (GraphNode n : s.nodes()) nodes.put(n.key(), n);
        return new CorpusGraph(nodes, s.edges());
    }

    /** The file format: a version, the nodes, the edges. */
    @JsonPropertyOrder({"version", "nodes", "edges"})
    record Stored(int version, List<GraphNode> nodes, List<GraphEdge> edges) {}

    /** Accumulates nodes and edges from records, then matches numberless documents. */
    private static final class Builder {
        private final NodeScope scopes = new NodeScope(SymbolCodes.standard());
        private final JurisdictionWords places = new JurisdictionWords(Gazetteer.standard());
        private final DocumentMatcher matcher = new DocumentMatcher();
        private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        private final Map<String, Set<String>> citers = new HashMap<>();
        private final Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        private final List<String> numberless = new ArrayList<>();

        CorpusGraph build(Collection<ExtractionRecord> records) {
            List<String> ownKeys = new ArrayList<>();
            for (ExtractionRecord r : records) ownKeys.add(addCorpusDocument(r));
            int i = 0;
            for (ExtractionRecord r : records) addStatements(r, ownKeys.get(i++));
            matchNumberless();
            Map<String, GraphNode> out = new LinkedHashMap<>();
            for (GraphNode n : nodes.values()) out.put(n.key(), n.withCitedBy(citers.getOrDefault(n.key(), Set.of()).size()));
            List<GraphEdge> list = new ArrayList<>();
            for (EdgeBuilder e : edges.values()) list.add(e.build());
            return new CorpusGraph(out, list);
        }

        private String addCorpusDocument(ExtractionRecord r) {
            DocumentInfo d = r.document() == null ? DocumentInfo.empty() : r.document();
            String key;
            String scope = null;
            if (d.number() != null) {
                scope = scopes.scope(d.number(), places.of(d.issuer()), d.issuer(), d.jurisdiction(), r.source());
                key = NodeScope.key(d.number(), scope);
            } else {
                key = "doc:" + r.source();
                numberless.add(key);
            }
            GraphNode known = nodes.get(key);
            if (known != null && known.inCorpus()) return key; // the same document twice: the first file stands
            nodes.put(key, new GraphNode(key, d.number(), scope, r.source(), d.type(), d.title(), d.date(), d.issuer(),
                    d.jurisdiction(), null, 0, null));
            return key;
        }

        private void addStatements(ExtractionRecord r, String ownKey) {
            DocumentInfo d = r.document() == null ? DocumentInfo.empty() : r.document();
            String foldedTitle = d.title() == null ? null : Canonical.fold(d.title());
            Map<String, String> keyById = new HashMap<>();
            for (Reference ref : r.references()) {
                String scope = scopes.scope(ref.id(), ref.jurisdiction(), ref.issuer(), d.jurisdiction(), r.source());
                String key = NodeScope.key(ref.id(), scope);
                keyById.put(ref.id(), key);
                mergeCited(key, ref, scope);
                citers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.source());
                addEdge(ownKey, key, ref.relation(), r.source(), evidence(ref, d, foldedTitle));
            }
            for (Relation rel : r.relations()) {
                String from = keyById.computeIfAbsent(rel.from(), id -> keyForUnreferenced(id, d, r.source()));
                String to = keyById.computeIfAbsent(rel.to(), id -> keyForUnreferenced(id, d, r.source()));
                addEdge(from, to, rel.relation(), r.source(), rel.evidence());
            }
        }

        private String keyForUnreferenced(String id, DocumentInfo d, String source) {
            String scope = scopes.scope(id, null, null, d.jurisdiction(), source);
            String key = NodeScope.key(id, scope);
            nodes.computeIfAbsent(key, k -> new GraphNode(k, id, scope, null, null, null, null, null, jurisdiction(scope),
                    null, 0, null));
            return key;
        }

        /** A node for what a reference says, or what it adds to a node known so far only from references. */
        private void mergeCited(String key, Reference ref, String scope) {
            GraphNode n = nodes.get(key);
            if (n == null) {
                nodes.put(key, new GraphNode(key, ref.id(), scope, null, ref.type(), ref.subject(), ref.date(), ref.issuer(),
                        jurisdiction(scope), ref.subject(), 0, null));
            } else {
                nodes.put(key, new GraphNode(key, ref.id(), scope, n.source(), first(n.type(), ref.type()),
                        first(n.title(), ref.subject()), first(n.date(), ref.date()), first(n.issuer(), ref.issuer()),
                        n.jurisdiction() != null ? n.jurisdiction() : jurisdiction(scope),
                        first(n.subject(), ref.subject()), 0, n.matchScore()));
            }
        }

        private static String jurisdiction(String scope) {
            return scope == null || scope.startsWith("?") ? null : scope;
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }

        /** The title when it names the reference (IMPLEMENTS usually comes from there), else what the mention says. */
        private static String evidence(Reference ref, DocumentInfo d, String foldedTitle) {
            if (foldedTitle != null && foldedTitle.contains(Canonical.fold(ref.id()))) return d.title();
            StringBuilder s = new StringBuilder(ref.mentions().isEmpty() ? ref.id() : ref.mentions().get(0).text());
            if (ref.date() != null) s.append(" ngày ").append(ref.date());
            if (ref.issuer() != null) s.append(" của ").append(ref.issuer());
            if (ref.subject() != null) s.append(' ').append(ref.subject());
            return s.toString().replaceAll("\\s+", " ");
        }

        private void addEdge(String from, String to, vbtrace.model.RelationType relation, String source, String text) {
            if (from.equals(to)) return;
            edges.computeIfAbsent(from + "\u0000" + to + "\u0000" + relation,
                    k -> new EdgeBuilder(from, to, relation, new GraphEdge.Evidence(source, text))).statedBy.add(source);
        }

        /**
         * Each numberless corpus document takes the best-matching node known only from references
         * (the highest score, the first in node order on a tie), each node at most once. Documents
         * the score cannot tell apart share their list of matches ({@link CandidateIndex}).
         */
        private void matchNumberless() {
            if (numberless.isEmpty()) return;
            CandidateIndex index = new CandidateIndex(matcher);
            for (GraphNode n : nodes.values()) if (!n.inCorpus() && n.subject() != null) index.add(n);
            Map<List<String>, List<CandidateIndex.Scored>> matchesByDoc = new HashMap<>();
            Map<String, String> renamed = new HashMap<>();
            for (String docKey : numberless) {
                GraphNode doc = nodes.get(docKey);
                CandidateIndex.Group best = null;
                double bestScore = 0;
                for (CandidateIndex.Scored m : matchesByDoc.computeIfAbsent(DocumentMatcher.documentKey(doc), k -> index.matches(doc))) {
                    if (m.group().exhausted()) continue;
                    if (best == null || m.score() > bestScore
                            || m.score() == bestScore && m.group().nextOrder() < best.nextOrder()) {
                        best = m.group();
                        bestScore = m.score();
                    }
                }
                if (best == null) continue;
                GraphNode cited = best.take();
                String key = cited.key();
                nodes.put(key, new GraphNode(key, cited.id(), cited.scope(), doc.source(), first(doc.type(), cited.type()),
                        first(doc.title(), cited.title()), first(doc.date(), cited.date()), first(doc.issuer(), cited.issuer()),
                        first(doc.jurisdiction(), cited.jurisdiction()), cited.subject(), 0,
                        Math.round(bestScore * 1000) / 1000.0));
                nodes.remove(docKey);
                renamed.put(docKey, key);
            }
            if (!renamed.isEmpty()) renameEndpoints(renamed);
        }

        /** Moves the edges of matched documents from their provisional "doc:" keys to the keys they matched. */
        private void renameEndpoints(Map<String, String> renamed) {
            Map<String, EdgeBuilder> out = new LinkedHashMap<>();
            for (EdgeBuilder e : edges.values()) {
                EdgeBuilder r = new EdgeBuilder(renamed.getOrDefault(e.from, e.from), renamed.getOrDefault(e.to, e.to),
                        e.relation, e.evidence);
                if (r.from.equals(r.to)) continue;
                r.statedBy.addAll(e.statedBy);
                out.merge(r.from + "\u0000" + r.to + "\u0000" + r.relation, r, (a, b) -> {
                    a.statedBy.addAll(b.statedBy);
                    return a;
                });
            }
            edges.clear();
            edges.putAll(out);
        }
    }

    private static final class EdgeBuilder {
        final String from;
        final String to;
        final vbtrace.model.RelationType relation;
        final GraphEdge.Evidence evidence;
        final Set<String> statedBy = new LinkedHashSet<>();

        EdgeBuilder(String from, String to, vbtrace.model.RelationType relation, GraphEdge.Evidence evidence) {
            this.from = from;
            this.to = to;
            this.relation = relation;
            this.evidence = evidence;
        }

        GraphEdge build() {
            return new GraphEdge(from, to, relation, evidence, new ArrayList<>(statedBy));
        }
    }
}
