package org.bonemet.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentCollections;
import org.bonemet.content.Views;
import org.bonemet.document.ContentDocument.CodeDoc;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.score.Score;
import org.bonemet.score.Scores;
import org.bonemet.selection.Threshold;
import org.bonemet.site.SiteFields;
import org.bonemet.triage.TriageRules.Finding;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemHierarchyMeaning;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The project's own concepts as CodeSystems (one per collection, the triage findings and the score bands), a
 * ValueSet of all codes of each, and one ConceptMap from them to the external codes the content carries.
 */
final class Terminology {

    static final String TRIAGE_FINDINGS = "triage-findings";
    static final String SCORE_BANDS = "score-bands";
    static final String EXTERNAL_CODES = "external-codes";

    private static final Map<String, String> TITLES = Map.of("sites", "Skeletal sites of bone metastases",
            "symptoms", "Symptoms and complications of bone metastases", "tests", "Diagnostic tests for bone metastases",
            "treatments", "Treatments of bone metastases", "primary-cancers", "Primary cancers that spread to bone",
            TRIAGE_FINDINGS, "Red-flag findings of bone metastasis triage", SCORE_BANDS, "Bands of the bone metastasis scores");

    private Terminology() {
    }

    /** The CodeSystems; the ValueSet of each comes from {@link #valueSet}. */
    static List<CodeSystem> codeSystems(Source source) {
        List<CodeSystem> systems = new ArrayList<>();
        for (ContentCollection collection : ContentCollections.all()) {
            CodeSystem system = codeSystem(source, collection.path(), source.stamp(collection));
            if (collection.path().equals("sites")) {
                system.setHierarchyMeaning(CodeSystemHierarchyMeaning.PARTOF);
                system.addProperty().setCode("parent").setUri("http://hl7.org/fhir/concept-properties#parent")
                        .setDescription("The site this one is part of.").setType(PropertyType.CODE);
            }
            system.addProperty().setCode("page").setDescription("The entry in the JSON API.").setType(PropertyType.STRING);
            for (Item item : source.content().items().getOrDefault(collection, List.of())) {
                ConceptDefinitionComponent concept = system.addConcept().setCode(item.slug()).setDisplay(item.name())
                        .setDefinition(item.summary().strip());
                translations(item).forEach((lang, name) -> concept.addDesignation().setLanguage(lang).setValue(name));
                if (item.fields() instanceof SiteFields site && site.parent() != null) {
                    concept.addProperty().setCode("parent").setValue(new CodeType(site.parent()));
                }
                concept.addProperty().setCode("page").setValue(new StringType(Views.API + "/" + collection.path() + "/" + item.slug()));
            }
            systems.add(count(system));
        }
        systems.add(triageFindings(source));
        systems.add(scoreBands(source));
        return systems;
    }

    private static CodeSystem codeSystem(Source source, String id, Source.Stamp stamp) {
        CodeSystem system = source.describe(new CodeSystem(), id, Source.name("BoneMet", id), TITLES.get(id), stamp);
        system.setDescription(TITLES.get(id) + ", as the Bone Metastasis Knowledge API publishes them; codes are the API's stable slugs.");
        system.setCaseSensitive(true).setContent(CodeSystemContentMode.COMPLETE).setValueSet(source.url("ValueSet", id));
        return system;
    }

    private static CodeSystem count(CodeSystem system) {
        return system.setCount(system.getConcept().size());
    }

    private static Map<String, String> translations(Item item) {
        Map<String, String> names = new LinkedHashMap<>();
        if (item.translations() != null) {
            item.translations().forEach((lang, text) -> names.put(lang, text.name()));
        }
        return names;
    }

    private static CodeSystem triageFindings(Source source) {
        List<Finding> findings = source.triage().findings();
        CodeSystem system = codeSystem(source, TRIAGE_FINDINGS,
                source.referencesStamp(findings.stream().map(Finding::reference).distinct().toList()));
        system.addProperty().setCode("urgency").setDescription("emergency, urgent or routine").setType(PropertyType.CODE);
        system.addProperty().setCode("group").setDescription("spinal-pain, neurological, calcium or fracture").setType(PropertyType.CODE);
        system.addProperty().setCode("requiresKnownCancer").setType(PropertyType.BOOLEAN)
                .setDescription("True when the urgency holds for people known to have cancer only (routine otherwise).");
        for (Finding finding : findings) {
            ConceptDefinitionComponent concept = system.addConcept().setCode(finding.slug()).setDisplay(Threshold.render(finding.name(), "en"));
            concept.addProperty().setCode("urgency").setValue(new CodeType(finding.urgency()));
            concept.addProperty().setCode("group").setValue(new CodeType(finding.group()));
            concept.addProperty().setCode("requiresKnownCancer").setValue(new BooleanType(finding.requiresKnownCancer()));
        }
        return count(system);
    }

    private static CodeSystem scoreBands(Source source) {
        List<Score> scores = Scores.ALL.stream().filter(s -> !s.questions().isEmpty()).toList();
        CodeSystem system = codeSystem(source, SCORE_BANDS,
                source.referencesStamp(scores.stream().flatMap(s -> s.references().stream()).distinct().toList()));
        system.addProperty().setCode("score").setDescription("The score's name in /api/v1/scores.").setType(PropertyType.CODE);
        system.addProperty().setCode("minimum").setDescription("The lowest total of the band.").setType(PropertyType.DECIMAL);
        system.addProperty().setCode("maximum").setDescription("The highest total of the band.").setType(PropertyType.DECIMAL);
        for (Score score : scores) {
            for (Score.Band band : score.bands()) {
                ConceptDefinitionComponent concept = system.addConcept().setCode(bandCode(score, band))
                        .setDisplay(score.title() + ": " + band.name().replace('-', ' ')).setDefinition(band.interpretation());
                concept.addProperty().setCode("score").setValue(new CodeType(score.name()));
                decimal(concept, "minimum", band.minimum());
                decimal(concept, "maximum", band.maximum());
            }
        }
        return count(system);
    }

    static String bandCode(Score score, Score.Band band) {
        return score.name() + "-" + band.name();
    }

    private static void decimal(ConceptDefinitionComponent concept, String code, BigDecimal value) {
        if (value != null) {
            concept.addProperty().setCode(code).setValue(new DecimalType(value));
        }
    }

    /** The ValueSet of every code of {@code system}. */
    static ValueSet valueSet(Source source, CodeSystem system) {
        ValueSet valueSet = new ValueSet();
        source.describe(valueSet, system.getIdPart(), system.getName(), "All codes of: " + system.getTitle(), stamp(system));
        valueSet.setDescription("Every code of the CodeSystem " + system.getUrl() + ".");
        valueSet.setImmutable(false).getCompose().addInclude().setSystem(system.getUrl()).setVersion(system.getVersion());
        return valueSet;
    }

    static Source.Stamp stamp(org.hl7.fhir.r4.model.MetadataResource resource) {
        return new Source.Stamp(Long.parseLong(resource.getVersion()), resource.getMeta().getLastUpdated().toInstant());
    }

    /** From the project's codes to the external codes each entry carries (SNOMED CT, ICD-10, LOINC, ...). */
    static ConceptMap externalCodes(Source source, List<CodeSystem> systems) {
        ConceptMap map = new ConceptMap();
        Source.Stamp stamp = systems.stream().map(Terminology::stamp).reduce(Source.Stamp.NONE, Source.Stamp::max);
        source.describe(map, EXTERNAL_CODES, "BoneMetExternalCodes", "Bone metastasis concepts to external terminologies", stamp);
        map.setDescription("The codes of SNOMED CT, ICD-10, ICD-10-CM, ICD-11, LOINC, MeSH, NCIt and UMLS that each entry of the "
                + "knowledge base carries. Equivalence is `relatedto`: a code names the entry's subject, but may be broader or narrower.");
        for (ContentCollection collection : ContentCollections.all()) {
            String sourceSystem = source.url("CodeSystem", collection.path());
            Map<String, ConceptMapGroupComponent> groups = new LinkedHashMap<>();
            for (Item item : source.content().items().getOrDefault(collection, List.of())) {
                for (CodeDoc code : item.codes() == null ? List.<CodeDoc>of() : item.codes()) {
                    String target = CodeSystems.URIS.get(code.system());
                    ConceptMapGroupComponent group = groups.computeIfAbsent(target, t -> map.addGroup().setSource(sourceSystem)
                            .setSourceVersion(systems.stream().filter(s -> s.getUrl().equals(sourceSystem)).findFirst().orElseThrow().getVersion())
                            .setTarget(t));
                    ConceptMap.SourceElementComponent element = group.getElement().stream().filter(e -> e.getCode().equals(item.slug()))
                            .findFirst().orElseGet(() -> group.addElement().setCode(item.slug()).setDisplay(item.name()));
                    element.addTarget().setCode(code.code()).setDisplay(code.display()).setEquivalence(ConceptMapEquivalence.RELATEDTO);
                }
            }
        }
        return map;
    }
}
