package vbtrace.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import vbtrace.model.ExtractionRecord;

/** What an ingest did: new, replaced, skipped and failed files, files pruned, documents in the index. */
@JsonPropertyOrder({"ingested", "updated", "unchanged", "failed", "pruned", "documents"})
public record IngestReport(int ingested, int updated, int unchanged, List<ExtractionRecord.Failure> failed,
                           int pruned, int documents) {
    public IngestReport {
        failed = List.copyOf(failed);
    }
}
