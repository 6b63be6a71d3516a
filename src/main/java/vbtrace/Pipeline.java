package vbtrace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vbtrace.extract.AgencyExtractor;
import vbtrace.extract.DeadlineExtractor;
import vbtrace.extract.PreparedText;
import vbtrace.extract.ReferenceExtractor;
import vbtrace.extract.ReferenceResult;
import vbtrace.extract.TargetExtractor;
import vbtrace.extract.TargetResult;
import vbtrace.extract.TaskExtractor;
import vbtrace.ingest.SourceText;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Reference;
import vbtrace.model.RelationType;
import vbtrace.structure.DocumentStructure;
import vbtrace.structure.StructureAnalyzer;

/**
 * The extraction entry point: normalized text in, one {@link ExtractionRecord} out. Each stage
 * reads the text and what earlier stages found; none writes back. Stateless and thread-safe.
 */
public final class Pipeline {
    private final StructureAnalyzer structureAnalyzer = new StructureAnalyzer();
    private final ReferenceExtractor referenceExtractor = new ReferenceExtractor();
    private final AgencyExtractor agencyExtractor = new AgencyExtractor();
    private final TaskExtractor taskExtractor = new TaskExtractor(agencyExtractor);
    private final TargetExtractor targetExtractor = new TargetExtractor();
    private final DeadlineExtractor deadlineExtractor = new DeadlineExtractor();

    public ExtractionRecord extract(SourceText source) {
        String text = source.text();
        DocumentStructure structure = structureAnalyzer.analyze(source);
        ReferenceResult refs = referenceExtractor.extract(text, structure);
        // computed once, read by two stages each
        AgencyExtractor.Analysis agencies = agencyExtractor.analyze(text, structure);
        PreparedText prepared = PreparedText.of(text);
        TargetResult targets = targetExtractor.extract(prepared, structure);
        DocumentInfo document = withImplements(structure.document(), refs.references());
        return new ExtractionRecord(
                source.source(), source.sha256(), text.length(), source.format(), source.encoding(),
                document, refs.references(), refs.relations(),
                agencies.resolution().agencies(),
                taskExtractor.extract(agencies),
                targets.targets(), targets.baselines(),
                deadlineExtractor.extract(prepared, structure),
                structure.outline(), source.warnings());
    }

    /** The document implements what its title or opening says it carries out (the IMPLEMENTS references). */
    static DocumentInfo withImplements(DocumentInfo d, List<Reference> references) {
        Set<String> ids = new LinkedHashSet<>(d.implementsIds());
        for (Reference r : references) {
            if (r.relation() == RelationType.IMPLEMENTS) ids.add(r.id());
        }
        return new DocumentInfo(d.type(), d.typeName(), d.number(), d.issuer(), d.jurisdiction(), d.place(),
                d.date(), d.title(), d.signer(), d.recipients(), new ArrayList<>(ids));
    }
}
