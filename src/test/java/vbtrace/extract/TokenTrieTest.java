package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTrieTest {
    @Test
    void longestEntryFromAToken() {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.put(List.of("sở"), "head");
        trie.put(List.of("sở", "y", "tế"), "name");
        List<AgencyToken> toks = AgencyTokenizer.tokenize("Giao Sở Y tế chủ trì");
        assertNull(trie.longest(toks, 0)); // "giao" starts no entry: rejected by the first-key bits
        assertEquals(new TokenTrie.Match<>(4, "name"), trie.longest(toks, 1));
        assertNull(trie.longest(toks, 2)); // "y" goes on an entry but starts none
        assertNull(trie.longest(toks, toks.size()));
        assertEquals(new TokenTrie.Match<>(2, "head"), trie.longest(AgencyTokenizer.tokenize("Giao Sở"), 1));
    }

    @Test
    void keyFunctionDecidesTheFirstKeyToo() {
        TokenTrie<String> abbreviations = new TokenTrie<>();
        abbreviations.put(List.of("UBND"), "Ủy ban nhân dân");
        List<AgencyToken> toks = AgencyTokenizer.tokenize("UBND ubnd");
        assertEquals("Ủy ban nhân dân", abbreviations.longest(toks, 0, AgencyAbbreviations::matchKey).value());
        assertNull(abbreviations.longest(toks, 1, AgencyAbbreviations::matchKey)); // matched case-sensitively
    }
}
