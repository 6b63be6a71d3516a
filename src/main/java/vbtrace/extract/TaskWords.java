package vbtrace.extract;

import vbtrace.DataFiles;
import java.util.ArrayList;
import java.util.List;
import vbtrace.text.Canonical;

/** The word lists of task extraction, from {@code vbtrace/extract/tasks/}. */
final class TaskWords {
    static final TaskWords STANDARD = new TaskWords();

    /** Folded (no diacritics, lower case) phrases of implementation-section headings. */
    final List<String> implementationHeadings = lines("implementation-headings.txt");
    /** Token keys of the words before an assignee ("Giao", "Đề nghị"). */
    final TokenTrie<Boolean> assignWords = new TokenTrie<>();
    /** Words and phrases that end an assignee phrase. */
    final TokenTrie<Boolean> subjectEnds = new TokenTrie<>();
    /** Predicates that make a sentence opening with a body a directive wherever it stands ("… khẩn trương"). */
    final TokenTrie<Boolean> directiveWords = new TokenTrie<>();

    private TaskWords() {
        for (String s : lines("assign-words.txt")) assignWords.put(TokenTrie.keys(AgencyTokenizer.tokenize(s)), true);
        for (String s : lines("subject-ends.txt")) subjectEnds.put(TokenTrie.keys(AgencyTokenizer.tokenize(s)), true);
        for (String s : lines("directive-words.txt")) directiveWords.put(TokenTrie.keys(AgencyTokenizer.tokenize(s)), true);
        implementationHeadings.replaceAll(Canonical::fold);
    }

    private static List<String> lines(String file) {
        return new ArrayList<>(DataFiles.lines("/vbtrace/extract/tasks/" + file).stream().map(String::strip).toList());
    }
}
