package vbtrace.model;

import java.util.List;

/** One assignment: an agency, its role, who it works with, where and what. */
public record Task(String agency, Role role, List<String> coordinators, String section, String text,
                   int start, int end) {
    public Task {
        coordinators = ExtractionRecord.copy(coordinators);
    }
}
