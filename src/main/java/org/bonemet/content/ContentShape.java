package org.bonemet.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.ContentDocument.Item;
import org.bonemet.content.ContentDocument.StatementDoc;

/** Which fields of a content item belong to which collection, as statements and as relations. */
final class ContentShape {

    private ContentShape() {
    }

    static final Set<String> COMMON = Set.of("slug", "name", "summary", "details", "synonyms", "codes", "references", "review",
            "translations");

    /** The sections that are lists of statements; the others are single sourced figures. */
    static final Set<String> LISTS = Set.of("notes", "features", "redFlags", "management", "shows", "indications", "limitations", "goals",
            "dosing", "risks");

    static Set<String> ownFields(Collection collection) {
        return switch (collection) {
            case SITES -> Set.of("parent", "kind", "frequency", "notes", "complications");
            case PRIMARY_CANCERS -> Set.of("marrowMalignancy", "lesionType", "radiosensitivity", "boneMetastasisIncidence",
                    "medianSurvival", "notes", "tests", "treatments");
            case SYMPTOMS -> Set.of("kind", "urgency", "features", "redFlags", "management", "tests");
            case TESTS -> Set.of("category", "shows", "indications", "limitations", "performance", "symptoms");
            case TREATMENTS -> Set.of("modality", "goals", "dosing", "risks", "symptoms", "primaryCancers", "sites", "criteria");
        };
    }

    /** The item's sourced statements by section name; single sourced figures become one-statement sections. */
    static Map<String, List<StatementDoc>> sections(Collection collection, Item item) {
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        switch (collection) {
            case SITES -> {
                sections.put("notes", item.notes());
                if (item.frequency() != null) {
                    sections.put("frequency", List.of(new StatementDoc(item.frequency().basis(), item.frequency().reference(),
                            item.frequency().locator(), item.frequency().evidenceType())));
                }
            }
            case PRIMARY_CANCERS -> {
                sections.put("notes", item.notes());
                if (item.boneMetastasisIncidence() != null) {
                    sections.put("incidence", List.of(new StatementDoc(item.boneMetastasisIncidence().text(),
                            item.boneMetastasisIncidence().reference(), item.boneMetastasisIncidence().locator(),
                            item.boneMetastasisIncidence().evidenceType())));
                }
                if (item.medianSurvival() != null) {
                    sections.put("medianSurvival", List.of(item.medianSurvival()));
                }
            }
            case SYMPTOMS -> {
                sections.put("features", item.features());
                sections.put("redFlags", item.redFlags());
                sections.put("management", item.management());
            }
            case TESTS -> {
                sections.put("shows", item.shows());
                sections.put("indications", item.indications());
                sections.put("limitations", item.limitations());
                if (item.performance() != null) {
                    sections.put("performance", List.of(new StatementDoc(item.performance().basis(), item.performance().reference(),
                            item.performance().locator(), item.performance().evidenceType())));
                }
            }
            case TREATMENTS -> {
                sections.put("goals", item.goals());
                sections.put("dosing", item.dosing());
                sections.put("risks", item.risks());
            }
        }
        sections.replaceAll((name, statements) -> statements == null ? List.of() : statements);
        return sections;
    }

    /** The slugs an item links to, by the collection they belong to. */
    static Map<Collection, List<String>> relations(Collection collection, Item item) {
        Map<Collection, List<String>> relations = new LinkedHashMap<>();
        switch (collection) {
            case SITES -> relations.put(Collection.SYMPTOMS, item.complications());
            case PRIMARY_CANCERS -> {
                relations.put(Collection.TESTS, item.tests());
                relations.put(Collection.TREATMENTS, item.treatments());
            }
            case SYMPTOMS -> relations.put(Collection.TESTS, item.tests());
            case TESTS -> relations.put(Collection.SYMPTOMS, item.symptoms());
            case TREATMENTS -> {
                relations.put(Collection.SYMPTOMS, item.symptoms());
                relations.put(Collection.PRIMARY_CANCERS, item.primaryCancers());
                relations.put(Collection.SITES, item.sites());
            }
        }
        relations.replaceAll((target, slugs) -> slugs == null ? List.of() : slugs);
        return relations;
    }
}
