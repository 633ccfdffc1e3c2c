package org.bonemet.content;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bonemet.cancer.PrimaryCancer;
import org.bonemet.code.CodeFormat;
import org.bonemet.content.ContentDocument.Item;
import org.bonemet.content.ContentDocument.ReferenceDoc;
import org.bonemet.content.ContentDocument.StatementDoc;
import org.bonemet.content.ContentDocument.Review;
import org.bonemet.content.ContentDocument.TranslationDoc;
import org.bonemet.diagnostic.DiagnosticTest;
import org.bonemet.problem.ProblemResponsesFilter;
import org.bonemet.reference.Provenance;
import org.bonemet.reference.Reference;
import org.bonemet.selection.RuleParser;
import org.bonemet.site.Site;
import org.bonemet.symptom.Symptom;
import org.bonemet.treatment.Treatment;

/**
 * Checks the whole knowledge base before any of it is written: slugs, required texts, references, review
 * dates, codes with their check digits, enumerations, relations, the site hierarchy and selection rules.
 * Returns every problem found, so one run shows all that needs fixing.
 */
final class ContentValidator {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<ReferenceDoc> references;
    private final Map<Collection, List<Item>> items;
    private final List<String> problems = new ArrayList<>();
    private Set<String> referenceSlugs;

    ContentValidator(List<ReferenceDoc> references, Map<Collection, List<Item>> items) {
        this.references = references;
        this.items = items;
    }

    List<String> validate() {
        referenceSlugs = unique("references", references.stream().map(ReferenceDoc::slug).toList());
        references.forEach(this::reference);
        Map<Collection, Set<String>> slugs = new HashMap<>();
        items.forEach((collection, list) -> slugs.put(collection, unique(collection.path, list.stream().map(Item::slug).toList())));
        RuleParser rules = new RuleParser(slugs.getOrDefault(Collection.PRIMARY_CANCERS, Set.of()),
                slugs.getOrDefault(Collection.SITES, Set.of()));
        items.forEach((collection, list) -> list.forEach(item -> item(collection, item, slugs, rules)));
        siteHierarchy();
        return problems;
    }

    private void reference(ReferenceDoc ref) {
        Consumer<String> problem = message -> problems.add("references/" + ref.slug() + ": " + message);
        required(problem, "name", ref.name());
        required(problem, "citation", ref.citation());
        oneOf(problem, "kind", ref.kind(), Reference.KINDS, true);
        review(problem, ref.review());
        Provenance.problems(new Provenance.Record(ref.kind(), ref.url(), ref.doi(), ref.pmid())).forEach(problem);
    }

    private void item(Collection collection, Item item, Map<Collection, Set<String>> slugs, RuleParser rules) {
        Consumer<String> problem = message -> problems.add(collection.path + "/" + item.slug() + ": " + message);
        onlyOwnFields(collection, item, problem);
        required(problem, "name", item.name());
        required(problem, "summary", item.summary());
        required(problem, "details", item.details());
        review(problem, item.review());
        List<String> cited = item.references() == null ? List.of() : item.references();
        if (cited.isEmpty()) {
            problem.accept("needs at least one reference");
        }
        cited.stream().filter(r -> !referenceSlugs.contains(r)).forEach(r -> problem.accept("unknown reference '" + r + "'"));
        if (item.codes() != null) {
            item.codes().forEach(code -> {
                CodeFormat.problem(code.system(), code.code()).ifPresent(problem);
                required(problem, "code display", code.display());
            });
        }
        ContentShape.sections(collection, item).forEach((section, statements) -> {
            for (int i = 0; i < statements.size(); i++) {
                StatementDoc s = statements.get(i);
                String field = statements.size() == 1 && !ContentShape.LISTS.contains(section) ? section : section + "[" + i + "]";
                required(problem, field + ".text", s.text());
                if (!cited.contains(s.reference())) {
                    problem.accept(field + ".reference cites '" + s.reference() + "', which is not among the item's references");
                }
                Provenance.statementProblems(s.locator(), s.evidenceType()).forEach(m -> problem.accept(field + "." + m));
            }
        });
        ContentShape.relations(collection, item).forEach((target, targets) -> targets.stream()
                .filter(t -> !slugs.getOrDefault(target, Set.of()).contains(t))
                .forEach(t -> problem.accept("links to unknown " + target.path + " '" + t + "'")));
        switch (collection) {
            case SITES -> {
                oneOf(problem, "kind", item.kind(), Site.KINDS, true);
                if (item.parent() != null && !slugs.get(Collection.SITES).contains(item.parent())) {
                    problem.accept("unknown parent '" + item.parent() + "'");
                }
                if (item.frequency() != null) {
                    percent(problem, "frequency", item.frequency().percentOfPatients(), true);
                }
            }
            case PRIMARY_CANCERS -> {
                oneOf(problem, "lesionType", item.lesionType(), PrimaryCancer.LESION_TYPES, true);
                oneOf(problem, "radiosensitivity", item.radiosensitivity(), PrimaryCancer.RADIOSENSITIVITIES, false);
                if (item.marrowMalignancy() == null) {
                    problem.accept("marrowMalignancy is required");
                }
                var incidence = item.boneMetastasisIncidence();
                if (incidence != null && (percent(problem, "incidence", incidence.low(), true)
                        & percent(problem, "incidence", incidence.high(), true)) && incidence.low().compareTo(incidence.high()) > 0) {
                    problem.accept("incidence low exceeds high");
                }
            }
            case SYMPTOMS -> {
                oneOf(problem, "kind", item.kind(), Symptom.KINDS, true);
                oneOf(problem, "urgency", item.urgency(), Symptom.URGENCIES, true);
            }
            case TESTS -> {
                oneOf(problem, "category", item.category(), DiagnosticTest.CATEGORIES, true);
                if (item.performance() != null) {
                    percent(problem, "sensitivity", item.performance().sensitivityPercent(), true);
                    percent(problem, "specificity", item.performance().specificityPercent(), true);
                }
            }
            case TREATMENTS -> {
                oneOf(problem, "modality", item.modality(), Treatment.MODALITIES, true);
                criteria(problem, item, cited, rules);
            }
        }
        if (item.translations() != null) {
            item.translations().forEach((lang, translation) -> translation(problem, collection, item, lang, translation));
        }
    }

    /** A translation has every text of the original: the same sections with as many statements, every criterion. */
    private void translation(Consumer<String> itemProblem, Collection collection, Item item, String lang, TranslationDoc translation) {
        Consumer<String> problem = message -> itemProblem.accept("translation " + lang + ": " + message);
        if (lang.equals(Language.DEFAULT) || !Language.SUPPORTED.contains(lang)) {
            problem.accept("the language must be one of " + Language.SUPPORTED.stream().filter(l -> !l.equals(Language.DEFAULT)).toList());
            return;
        }
        if (translation == null) {
            problem.accept("is empty");
            return;
        }
        required(problem, "name", translation.name());
        required(problem, "summary", translation.summary());
        required(problem, "details", translation.details());
        Map<String, Integer> original = new java.util.LinkedHashMap<>();
        ContentShape.sections(collection, item).forEach((section, statements) -> original.put(section, statements.size()));
        if (translation.sections() != null) {
            translation.sections().forEach((section, texts) -> texts.forEach(text -> required(problem, section + " text", text)));
        }
        List<String> keys = item.criteria() == null ? List.of() : item.criteria().stream().map(ContentDocument.Criterion::key).toList();
        Translation.compare(original, translation.sections(), keys, translation.criteria(), problem);
        // a translation must not change a number: every statement and criterion carries the same figures as its original
        Map<String, List<String>> translated = translation.sections() == null ? Map.of() : translation.sections();
        ContentShape.sections(collection, item).forEach((section, statements) -> {
            List<String> texts = translated.getOrDefault(section, List.of());
            for (int i = 0; i < Math.min(statements.size(), texts.size()); i++) {
                String field = section + "[" + i + "]: ";
                Translation.sameNumbers(statements.get(i).text(), texts.get(i)).ifPresent(m -> problem.accept(field + m));
            }
        });
        if (item.criteria() != null && translation.criteria() != null) {
            item.criteria().stream().filter(c -> translation.criteria().get(c.key()) != null)
                    .forEach(c -> Translation.sameNumbers(c.description(), translation.criteria().get(c.key()))
                            .ifPresent(m -> problem.accept("criterion " + c.key() + ": " + m)));
        }
    }

    private void criteria(Consumer<String> problem, Item item, List<String> cited, RuleParser rules) {
        if (item.criteria() == null) {
            return;
        }
        unique(item.slug() + " criteria", item.criteria().stream().map(ContentDocument.Criterion::key).toList());
        item.criteria().forEach(c -> {
            Consumer<String> criterionProblem = m -> problem.accept("criterion " + c.key() + ": " + m);
            oneOf(criterionProblem, "kind", c.kind(), List.of("eligibility", "indication", "contraindication", "caution"), true);
            oneOf(criterionProblem, "grade", c.grade(), List.of("indicated", "consider"), "indication".equals(c.kind()));
            if (c.grade() != null && !"indication".equals(c.kind())) {
                criterionProblem.accept("only indications have a grade");
            }
            required(criterionProblem, "description", c.description());
            if (!cited.contains(c.reference())) {
                criterionProblem.accept("cites '" + c.reference() + "', which is not among the item's references");
            }
            Provenance.statementProblems(c.locator(), c.evidenceType()).forEach(criterionProblem);
            try {
                rules.parse(c.rule());
            } catch (RuleParser.InvalidRuleException e) {
                e.problems.forEach(criterionProblem);
            }
        });
    }

    private void siteHierarchy() {
        Map<String, String> parents = items.getOrDefault(Collection.SITES, List.of()).stream()
                .filter(i -> i.parent() != null).collect(Collectors.toMap(Item::slug, Item::parent, (a, b) -> a));
        for (String start : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String at = start; at != null; at = parents.get(at)) {
                if (!seen.add(at)) {
                    problems.add("sites/" + start + ": the parent chain loops");
                    break;
                }
            }
        }
    }

    private void onlyOwnFields(Collection collection, Item item, Consumer<String> problem) {
        Set<String> allowed = ContentShape.ownFields(collection);
        for (RecordComponent component : Item.class.getRecordComponents()) {
            String name = component.getName();
            if (!ContentShape.COMMON.contains(name) && !allowed.contains(name) && value(component, item) != null) {
                problem.accept("field '" + name + "' does not belong to " + collection.path);
            }
        }
    }

    private static Object value(RecordComponent component, Item item) {
        try {
            return component.getAccessor().invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> unique(String scope, List<String> slugs) {
        Set<String> seen = new HashSet<>();
        for (String slug : slugs) {
            if (slug == null || !SLUG.matcher(slug).matches()) {
                problems.add(scope + ": '" + slug + "' is not a kebab-case slug");
            } else if (!seen.add(slug)) {
                problems.add(scope + ": '" + slug + "' appears twice");
            }
        }
        return seen;
    }

    private static void required(Consumer<String> problem, String field, String value) {
        if (value == null || value.isBlank()) {
            problem.accept(field + " is required");
        } else if (value.length() > ProblemResponsesFilter.MAX_TEXT_LENGTH) {
            problem.accept(field + " is longer than " + ProblemResponsesFilter.MAX_TEXT_LENGTH + " characters");
        }
    }

    private static void oneOf(Consumer<String> problem, String field, String value, List<String> allowed, boolean required) {
        if (value == null ? required : !allowed.contains(value)) {
            problem.accept(field + " must be one of " + String.join(", ", allowed) + " (was " + value + ")");
        }
    }

    private static boolean percent(Consumer<String> problem, String field, BigDecimal value, boolean required) {
        if (value == null ? required : value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problem.accept(field + " must be a percentage from 0 to 100");
            return false;
        }
        return true;
    }

    private static void review(Consumer<String> problem, Review review) {
        if (review == null || review.lastReviewed() == null || review.nextReview() == null) {
            problem.accept("review needs lastReviewed and nextReview");
        } else if (!review.nextReview().isAfter(review.lastReviewed())) {
            problem.accept("nextReview must come after lastReviewed");
        }
    }
}
