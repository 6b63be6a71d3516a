package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @Test
    void aFolderGivesItsDocumentsButNotItsReadmeOrOtherFiles(@TempDir Path dir) throws Exception {
        for (String name : List.of("b.pdf", "a.txt", "README.md", "gold.json", "notes.md", "scan.PDF", ".hidden.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.docx"), "x");
        List<String> names = InputFiles.expand(List.of(dir)).stream()
                .map(i -> dir.relativize(i.path()).toString()).toList();
        assertEquals(List.of("a.txt", "b.pdf", "notes.md", "scan.PDF", "sub/c.docx"), names);
    }

    @Test
    void aFileNamedExplicitlyIsAlwaysTaken(@TempDir Path dir) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "x");
        Path json = Files.writeString(dir.resolve("record.json"), "{}");
        List<InputFiles.Input> inputs = InputFiles.expand(List.of(readme, json));
        assertEquals(List.of(readme, json), inputs.stream().map(InputFiles.Input::path).toList());
        inputs.forEach(i -> assertNull(i.error()));
    }
}
