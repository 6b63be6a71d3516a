package vbtrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Longest match of token sequences (by a key function) starting at a token. */
final class TokenTrie<V> {
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    record Match<V>(int end, V value) {}

    void put(List<String> keys, V value) {
        Node<V> n = root;
        for (String k : keys) n = n.next.computeIfAbsent(k, x -> new Node<>());
        if (n.value == null) n.value = value;
    }

    /** The longest entry starting at {@code from}, or null. */
    Match<V> longest(List<AgencyToken> tokens, int from, Function<AgencyToken, String> key) {
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
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from, size = tokens.size(); i < size; i++) {
            n = n.next.get(tokens.get(i).key());
            if (n == null) break;
            if (n.value != null) best = new Match<>(i + 1, n.value);
        }
        return best;
    }

    static List<String> keys(List<AgencyToken> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (AgencyToken t : tokens) out.add(t.key());
        return out;
    }
}
