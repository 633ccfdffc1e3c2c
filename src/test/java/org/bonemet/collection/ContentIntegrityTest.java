package org.bonemet.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bonemet.cancer.PrimaryCancerFields;
import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.content.CodeFormat;
import org.bonemet.diagnostic.DiagnosticTestFields;
import org.bonemet.document.ContentDocument;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.SourceDocuments;
import org.bonemet.provenance.Provenance;
import org.bonemet.symptom.SymptomFields;
import org.bonemet.treatment.TreatmentFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base: complete, referenced, coded correctly, and free of the seed article's errors. */
class ContentIntegrityTest {

    private static Content content;

    @BeforeAll
    static void read() {
        content = ContentLoader.read();
    }

    private static List<Item> items(String collection) {
        return content.items().get(ContentCollections.of(collection));
    }

    private static Item item(String collection, String slug) {
        return items(collection).stream().filter(i -> i.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Stream<Item> allItems() {
        return content.items().values().stream().flatMap(List::stream);
    }

    /** Every sentence an item shows to readers. */
    private static String text(String collection, Item item) {
        List<String> parts = new ArrayList<>(List.of(item.name(), item.summary(), item.details()));
        if (item.synonyms() != null) {
            parts.addAll(item.synonyms());
        }
        ContentCollections.of(collection).sections(item).values().forEach(s -> s.forEach(st -> parts.add(st.text())));
        parts.addAll(ContentCollections.of(collection).criteria(item).values());
        return String.join("\n", parts);
    }

    private static Map<String, String> allTexts() {
        return content.items().entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(i -> Map.entry(e.getKey().path() + "/" + i.slug(), text(e.getKey().path(), i))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void everyStatementCitesTheCanonicalRecordWithALocator() {
        assertThat(content.references()).allSatisfy(r -> assertThat(org.bonemet.provenance.Provenance.problems(
                new org.bonemet.provenance.Provenance.Record(r.kind(), r.url(), r.doi(), r.pmid()))).as(r.slug()).isEmpty());
        content.items().forEach((collection, list) -> list.forEach(item -> collection.sections(item).forEach(
                (section, statements) -> statements.forEach(s -> assertThat(org.bonemet.provenance.Provenance.statementProblems(s.locator(),
                        s.evidenceType())).as("%s/%s %s", collection.path(), item.slug(), section).isEmpty()))));
        // the release as published: English with its German texts, checked as a whole (numbers included)
        var documents = ContentLoader.documents(content);
        List<ContentDocument.ReferenceDoc> references = documents.get(ContentLoader.REFERENCES).values().stream()
                .map(d -> SourceDocuments.storedReference(d)).toList();
        Map<ContentCollection, List<Item>> items = ContentCollections.newMap();
        documents.forEach((path, entries) -> ContentCollections.byPath(path).ifPresent(c -> items.put(c,
                entries.values().stream().map(d -> ContentCollections.stored(c, d)).toList())));
        assertThat(ContentLoader.validate(new Content(references, items))).isEmpty();
    }

    @Test
    void coversEveryCollectionTheModelNames() {
        assertThat(items("sites")).extracting(Item::slug).contains("spine", "cervical-spine", "thoracic-spine",
                "lumbar-spine", "sacrum", "pelvis", "ribs", "skull", "femur", "humerus", "sternum", "scapula");
        assertThat(items("primary-cancers")).extracting(Item::slug).containsExactlyInAnyOrder("breast-cancer",
                "prostate-cancer", "lung-cancer", "kidney-cancer", "thyroid-cancer", "melanoma", "bladder-cancer", "multiple-myeloma");
        assertThat(items("symptoms")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(items("tests")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(items("treatments")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(item("primary-cancers", "multiple-myeloma").fields(PrimaryCancerFields.class).marrowMalignancy()).isTrue();
    }

    @Test
    void everyItemHasReferencesReviewDatesAndBothTexts() {
        assertThat(allItems()).allSatisfy(item -> {
            assertThat(item.references()).as(item.slug()).isNotEmpty();
            assertThat(item.review().nextReview()).as(item.slug()).isAfter(item.review().lastReviewed());
            assertThat(item.summary()).as(item.slug()).isNotBlank();
            assertThat(item.details()).as(item.slug()).isNotBlank().isNotEqualTo(item.summary());
        });
    }

    @Test
    void everyCodePassesItsFormatAndCheckDigit() {
        var codes = allItems().filter(i -> i.codes() != null).flatMap(i -> i.codes().stream()).toList();
        assertThat(codes).allSatisfy(code -> assertThat(CodeFormat.problem(code.system(), code.code())).as(code.code()).isEmpty());
        assertThat(codes).filteredOn(c -> c.system().equals("loinc")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(codes).filteredOn(c -> c.system().equals("snomed-ct")).isNotEmpty();
        assertThat(codes).filteredOn(c -> c.system().equals("icd-10-cm"))
                .allSatisfy(c -> assertThat(c.code()).matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?"));
    }

    @Test
    void everyLaboratoryTestCarriesLoinc() {
        assertThat(items("tests")).filteredOn(t -> t.fields(DiagnosticTestFields.class).category().equals("laboratory"))
                .allSatisfy(t -> assertThat(t.codes()).as(t.slug()).anyMatch(c -> c.system().equals("loinc")));
    }

    @Test
    void osteoblastsFormBoneAndOsteoclastsResorbIt() {
        Pattern reversed = Pattern.compile("osteoclasts?[^.]{0,40}\\b(form|build|make|produce|lay down)|osteoblasts?[^.]{0,40}\\b(resorb|break|destroy|dissolve)",
                Pattern.CASE_INSENSITIVE);
        assertThat(allTexts()).allSatisfy((slug, text) -> assertThat(reversed.matcher(text).find()).as(slug).isFalse());
    }

    @Test
    void saysSystemicNeverSystematic() {
        assertThat(allTexts()).allSatisfy((slug, text) -> assertThat(text.toLowerCase()).as(slug).doesNotContain("systematic treat"));
    }

    @Test
    void cordCompressionStartsWithPainAndBladderTroubleIsLate() {
        String mscc = text("symptoms", item("symptoms", "metastatic-spinal-cord-compression")).toLowerCase();
        assertThat(mscc).contains("pain").contains("late");
        assertThat(item("symptoms", "metastatic-spinal-cord-compression").fields(SymptomFields.class).urgency()).isEqualTo("emergency");
        assertThat(allTexts()).allSatisfy((slug, text) -> assertThat(text.toLowerCase())
                .as(slug).doesNotContainPattern("first (symptom|sign)[^.]{0,30}(urinat|bladder)"));
    }

    @Test
    void hypercalcaemiaIsMostlyHumoralAndCanOccurWithoutBoneMetastases() {
        String text = text("symptoms", item("symptoms", "hypercalcaemia-of-malignancy"));
        assertThat(text).contains("PTHrP").containsPattern("80\\s?%");
        assertThat(text.toLowerCase()).containsPattern("without (any )?bone metastas");
    }

    @Test
    void denosumabIsNotABisphosphonateAndZoledronicAcidMayBeGivenEvery12Weeks() {
        assertThat(text("treatments", item("treatments", "denosumab")).toLowerCase())
                .doesNotContainPattern("denosumab is a bisphosphonate").contains("rankl");
        assertThat(text("treatments", item("treatments", "zoledronic-acid"))).containsPattern("12 weeks|12-week");
    }

    @Test
    void immunotherapyIsStandardCareNotExperimental() {
        assertThat(text("treatments", item("treatments", "immunotherapy")).toLowerCase())
                .doesNotContainPattern("(?<!not )experimental").contains("checkpoint");
    }

    @Test
    void externalBeamRadiotherapyIsForPainfulLesionsWhateverTheirNumber() {
        Item ebrt = item("treatments", "external-beam-radiotherapy");
        assertThat(ebrt.fields(TreatmentFields.class).criteria()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("indication");
            assertThat(c.rule().toString()).contains("lesions.pain").doesNotContain("boneLesionCount");
        });
    }

    @Test
    void radium223IsLimitedToCastrationResistantProstateCancerWithoutVisceralMetastases() {
        Item radium = item("treatments", "radium-223");
        assertThat(radium.fields(TreatmentFields.class).criteria()).anySatisfy(c -> assertThat(c.rule().toString()).contains("castrationResistant"));
        assertThat(radium.fields(TreatmentFields.class).criteria()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("contraindication");
            assertThat(c.rule().toString()).contains("visceralMetastases");
        });
    }

    @Test
    void bloodCellsAreMadeInTheMarrowNotTheBones() {
        assertThat(allTexts()).allSatisfy((slug, text) -> assertThat(text.toLowerCase())
                .as(slug).doesNotContainPattern("bones (that )?make (red )?blood cells"));
    }
}
