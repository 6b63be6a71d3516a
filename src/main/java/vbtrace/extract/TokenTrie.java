package vbtrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Longest match of token sequences (by a key function) starting at a token. */
final class TokenTrie<V> {
    private final Node<V> root = new Node<>();
    /**
     * The keys that start an entry, as bits by hash: most tokens start none, and a lookup per token
     * is told so by one bit rather than by the root's map. A set bit may be another key's.
     */
    private final long[] firstKeys = new long[FIRST_KEY_BITS / 64];
    private static final int FIRST_KEY_BITS = 1 << 13;

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    record Match<V>(int end, V value) {}

    void put(List<String> keys, V value) {
        if (!keys.isEmpty()) {
            int b = bit(keys.get(0));
            firstKeys[b >>> 6] |= 1L << b;
        }
        Node<V> n = root;
        for (String k : keys) n = n.next.computeIfAbsent(k, x -> new Node<>());
        if (n.value == null) n.value = value;
    }

    /** The longest entry starting at {@code from}, or null. */
    Match<V> longest(List<AgencyToken> tokens, int from, Function<AgencyToken, String> key) {
        if (from >= tokens.size() || !mayStart(key.apply(tokens.get(from)))) return null;
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size(); i++) {
            n = n.next.get(key.apply(tokens.get(i)));
            if (n == null) break;
            if (n.value != null) best = new Match<>(i + 1, n.value);
        }
        return best;
    }

    /** {@link #longest(List, int, Function)} by the tokens' keys; runs for every token, so without the function call. */
    Match<V> longest(List<AgencyToken> tokens, int from) {
        if (from >= tokens.size() || !mayStart(tokens.get(from).key())) return null;
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from, size = tokens.size(); i < size; i++) {
            n = n.next.get(tokens.get(i).key());
            if (n == null) break;
            if (n.value != null) best = new Match<>(i + 1, n.value);
        }
        return best;
    }

    private boolean mayStart(String key) {
        int b = bit(key);
        return (firstKeys[b >>> 6] & 1L << b) != 0;
    }

    private static int bit(String key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & (FIRST_KEY_BITS - 1);
    }

    static List<String> keys(List<AgencyToken> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (AgencyToken t : tokens) out.add(t.key());
        return out;
    }
}
