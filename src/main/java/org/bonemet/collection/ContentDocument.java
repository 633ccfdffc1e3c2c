package org.bonemet.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The source documents of the content: the shape of the curated YAML files (content/README.md) and of the
 * bodies editors send. Unknown keys fail.
 */
public final class ContentDocument {

    private ContentDocument() {
    }

    public record File(String collection, List<Item> items) {
    }

    public record ReferenceFile(String collection, List<ReferenceDoc> items) {
    }

    /** The files in load order, and the release they make: its version and who reviewed it before it was cut. */
    public record Manifest(List<String> files, Release release) {
    }

    public record Release(String version, String reviewedBy) {
    }

    public record Review(LocalDate lastReviewed, LocalDate nextReview) {
    }

    public record CodeDoc(String system, String code, String display) {
    }

    /** One sourced fact: the reference that contains it, where in that source ({@code locator}) and what kind of evidence it is. */
    public record StatementDoc(String text, String reference, String locator, String evidenceType) {
    }

    public record Frequency(BigDecimal percentOfPatients, String basis, String reference, String locator, String evidenceType) {
    }

    public record Incidence(BigDecimal low, BigDecimal high, String text, String reference, String locator, String evidenceType) {
    }

    public record Performance(BigDecimal sensitivityPercent, BigDecimal specificityPercent, String basis, String reference,
            String locator, String evidenceType) {
    }

    public record Criterion(String key, String kind, String grade, String description, String reference, String locator,
            String evidenceType, JsonNode rule) {
    }

    @Schema(name = "ReferenceSourceDocument", description = "The source document of a reference (a cited source).")
    public record ReferenceDoc(String slug, String name, String citation, String kind, Integer year, String url, String doi,
            String pmid, String note,
            @Schema(description = "What a reviewer read to confirm the record (e.g. the PubMed record), and when.") String checked,
            Review review) {
    }

    /** One item of any collection; the validator checks that only its collection's fields are set. */
    @Schema(name = "SourceDocument", description = """
            The source document of an entry, as editors write it and the revision history keeps it (the newest \
            revision's `document` is the one published now). Common fields plus those of the entry's collection \
            (content/README.md): sites take parent, kind, frequency, notes, complications; symptoms kind, urgency, \
            features, redFlags, management, tests; tests category, shows, indications, limitations, performance, \
            symptoms; treatments modality, goals, dosing, risks, symptoms, primaryCancers, sites, criteria; primary \
            cancers marrowMalignancy, lesionType, radiosensitivity, boneMetastasisIncidence, medianSurvival, notes, \
            tests, treatments. Every statement cites one of the entry's references by slug.""")
    public record Item(
            String slug, String name, String summary, String details, List<String> synonyms, List<CodeDoc> codes,
            List<String> references, Review review,
            // sites
            String parent, String kind, Frequency frequency, List<StatementDoc> notes, List<String> complications,
            // primary cancers
            Boolean marrowMalignancy, String lesionType, String radiosensitivity, Incidence boneMetastasisIncidence,
            StatementDoc medianSurvival, List<String> tests, List<String> treatments,
            // symptoms
            String urgency, List<StatementDoc> features, List<StatementDoc> redFlags, List<StatementDoc> management,
            // diagnostic tests
            String category, List<StatementDoc> shows, List<StatementDoc> indications, List<StatementDoc> limitations,
            Performance performance, List<String> symptoms,
            // treatments
            String modality, List<StatementDoc> goals, List<StatementDoc> dosing, List<StatementDoc> risks,
            List<String> primaryCancers, List<String> sites, List<Criterion> criteria,
            // texts in other languages, by language tag; the curated files keep them in content/<lang>/
            Map<String, TranslationDoc> translations) {
    }

    /**
     * The texts of an item in another language: statements in the same sections, number and order as the
     * original so that each keeps its source, and criterion descriptions by criterion key.
     */
    public record TranslationDoc(String name, String summary, String details, List<String> synonyms,
            Map<String, List<String>> sections, Map<String, String> criteria) {
    }
}
