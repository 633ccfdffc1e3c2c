package org.bonemet.fhir;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.document.ContentDocument.ReferenceDoc;
import org.bonemet.editorial.PublishedKnowledge;
import org.bonemet.evaluation.SelectionCatalog;
import org.bonemet.fhir.Source.Stamp;
import org.bonemet.system.ApiConfig;
import org.bonemet.triage.Triage;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Every artifact the facade serves, made from the published content on first use and again after a publication (when
 * the evaluation catalogue is renewed), with each resource's JSON kept once made.
 */
@ApplicationScoped
public class FhirArtifacts {

    /** The resource types served, in the order the CapabilityStatement lists them. */
    public static final List<String> TYPES = List.of("CodeSystem", "ValueSet", "ConceptMap", "PlanDefinition", "ActivityDefinition",
            "Questionnaire");

    /** The artifacts of one state of the published content. */
    public record Served(Object generation, Map<String, List<MetadataResource>> byType, Stamp latest,
            Map<String, String> json) {

        public Optional<MetadataResource> read(String type, String id) {
            return byType.getOrDefault(type, List.of()).stream().filter(r -> r.getIdElement().getIdPart().equals(id)).findFirst();
        }

        public Optional<CodeSystem> codeSystem(String url) {
            return byType.get("CodeSystem").stream().filter(r -> r.getUrl().equals(url)).map(CodeSystem.class::cast).findFirst();
        }

        /** The resource's JSON, made once. */
        public String json(MetadataResource resource) {
            return json.computeIfAbsent(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), key -> FhirJson.encode(resource));
        }
    }

    @Inject
    ApiConfig config;
    @Inject
    PublishedKnowledge knowledge;
    @Inject
    SelectionCatalog catalog;
    @Inject
    Triage triage;
    @Inject
    EntityManager em;

    private volatile Served served;

    public String canonicalBase() {
        return config.fhir().canonicalBase();
    }

    public Served current() {
        SelectionCatalog.Snapshot generation = catalog.get();
        Served current = served;
        if (current == null || current.generation() != generation) {
            synchronized (this) {
                current = served;
                if (current == null || current.generation() != generation) {
                    current = QuarkusTransaction.requiringNew().call(() -> build(generation));
                    served = current;
                }
            }
        }
        return current;
    }

    private Served build(SelectionCatalog.Snapshot generation) {
        Content content = knowledge.current();
        Map<String, ReferenceDoc> references = content.references().stream().collect(Collectors.toMap(ReferenceDoc::slug, Function.identity()));
        Map<String, Stamp> stamps = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT collection, slug, max(seq), max(published_at) FROM revision GROUP BY collection, slug")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            stamps.put(columns[0] + "/" + columns[1], new Stamp(((Number) columns[2]).longValue(), instant(columns[3])));
        }
        Source source = new Source(canonicalBase(), content, references, stamps, triage.rules(), generation.rules());
        List<CodeSystem> codeSystems = Terminology.codeSystems(source);
        Map<String, List<MetadataResource>> byType = new LinkedHashMap<>();
        byType.put("CodeSystem", List.copyOf(codeSystems));
        byType.put("ValueSet", codeSystems.stream().map(cs -> (MetadataResource) Terminology.valueSet(source, cs)).toList());
        byType.put("ConceptMap", List.of(Terminology.externalCodes(source, codeSystems)));
        List<MetadataResource> plans = new ArrayList<>(Plans.treatments(source));
        plans.add(Plans.triage(source));
        byType.put("PlanDefinition", List.copyOf(plans));
        byType.put("ActivityDefinition", List.copyOf(Plans.activities(source)));
        byType.put("Questionnaire", List.copyOf(ScoreQuestionnaires.all(source)));
        return new Served(generation, byType, source.latest(), new ConcurrentHashMap<>());
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (java.time.Instant) value;
    }
}
