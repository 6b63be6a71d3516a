package vbtrace.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The document's own metadata: what it is, who issued it, when, and what it implements. */
@JsonPropertyOrder({"type", "typeName", "number", "issuer", "jurisdiction", "place", "date", "title",
        "signer", "recipients", "implements"})
public record DocumentInfo(
        String type,
        String typeName,
        String number,
        String issuer,
        String jurisdiction,
        String place,
        String date,
        String title,
        Signer signer,
        List<String> recipients,
        @JsonProperty("implements") List<String> implementsIds) {

    public DocumentInfo {
        recipients = ExtractionRecord.copy(recipients);
        implementsIds = ExtractionRecord.copy(implementsIds);
    }

    public static DocumentInfo empty() {
        return new DocumentInfo(null, null, null, null, null, null, null, null, null, List.of(), List.of());
    }
}
