package vbtrace.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A numbered document named in the text, one per canonical id, with every mention. */
@JsonPropertyOrder({"id", "type", "date", "issuer", "subject", "relation", "jurisdiction", "mentions"})
public record Reference(
        String id,
        String type,
        String date,
        String issuer,
        String subject,
        RelationType relation,
        /** Scope of a local symbol (TU, UBND, …) from the mention's words, else null. */
        String jurisdiction,
        List<Mention> mentions) {

    public Reference {
        mentions = ExtractionRecord.copy(mentions);
    }
}
