package vbtrace.extract;

import java.util.List;
import vbtrace.model.Agency;
import vbtrace.structure.DocumentStructure;

/** Finds the organizations named in header and body, by canonical name. */
public final class AgencyExtractor {
    public List<Agency> extract(String text, DocumentStructure structure) {
        return List.of(); // filled by the agencies issue
    }
}
