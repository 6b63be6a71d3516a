package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line kinds of the outline, including those read without regular expressions. */
class TaskOutlineTest {
    private static List<TaskOutline.Item> scan(String text) {
        return TaskOutline.scan(text);
    }

    @Test
    void readsLabelsAndContentStarts() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\na) Chủ trì xây dựng kế hoạch;\n"
                + "- Phối hợp với Sở Tài chính\n+ Hướng dẫn\n**Điều 5.** Hiệu lực\nchỉ là đoạn văn thường\n";
        List<TaskOutline.Item> items = scan(text);
        assertEquals(List.of(TaskOutline.Kind.ROMAN, TaskOutline.Kind.NUM1, TaskOutline.Kind.LETTER, TaskOutline.Kind.DASH,
                TaskOutline.Kind.PLUS, TaskOutline.Kind.ARTICLE, TaskOutline.Kind.PARA), items.stream().map(TaskOutline.Item::kind).toList());
        TaskOutline.Item letter = items.get(2);
        assertEquals("a", letter.label());
        assertEquals("Chủ trì", text.substring(letter.contentStart(), letter.contentStart() + 7));
        TaskOutline.Item dash = items.get(3);
        assertEquals("Phối", text.substring(dash.contentStart(), dash.contentStart() + 4));
        assertEquals("III.1.a", letter.section());
    }

    @Test
    void lowerCaseWordsAndBareMarksAreParagraphs() {
        // "a)" needs a space after it, a dash needs a word after it; a line of markup alone is a paragraph
        List<TaskOutline.Item> items = scan("a)b không phải mục\n-   \n***\nbáo cáo kết quả\n");
        assertEquals(List.of(TaskOutline.Kind.PARA, TaskOutline.Kind.PARA, TaskOutline.Kind.PARA, TaskOutline.Kind.PARA),
                items.stream().map(TaskOutline.Item::kind).toList());
    }

    @Test
    void capsLineIsAHeadingOnlyWithoutLowerCase() {
        List<TaskOutline.Item> items = scan("TỔ CHỨC THỰC HIỆN\nTổ chức thực hiện\n");
        assertEquals(TaskOutline.Kind.CAPS, items.get(0).kind());
        assertEquals(TaskOutline.Kind.PARA, items.get(1).kind());
    }

    @Test
    void labelAloneOnItsLineTakesTheNextLineAsContent() {
        String text = "1.2.\n\nSở Nội vụ chủ trì\n";
        TaskOutline.Item it = scan(text).get(0);
        assertEquals(TaskOutline.Kind.NUM2, it.kind());
        assertEquals(text.indexOf("Sở"), it.contentStart());
    }
}
