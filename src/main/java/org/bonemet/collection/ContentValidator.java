package org.bonemet.collection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.CodeFormat;
import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.Languages;
import org.bonemet.content.Reference;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.ReferenceDoc;
import org.bonemet.document.ContentDocument.Review;
import org.bonemet.document.ContentDocument.StatementDoc;
import org.bonemet.document.ContentDocument.TranslationDoc;
import org.bonemet.provenance.Provenance;

/**
 * Checks the whole knowledge base before any of it is written: slugs, required texts, references, review dates,
 * codes with their check digits, statements with their provenance, relations and translations; each collection
 * adds its own checks ({@link ContentCollection#validate}). Returns every problem found, so one run shows all that
 * needs fixing.
 */
final class ContentValidator {

    private final List<ReferenceDoc> references;
    private final Map<ContentCollection, List<Item>> items;
    private final Problems problems = Problems.collect();
    private Set<String> referenceSlugs;

    ContentValidator(List<ReferenceDoc> references, Map<ContentCollection, List<Item>> items) {
        this.references = references;
        this.items = items;
    }

    List<FieldError> validate() {
        referenceSlugs = problems.in(ContentLoader.REFERENCES).unique(references.stream().map(ReferenceDoc::slug).toList());
        references.forEach(this::reference);
        Map<String, Set<String>> slugs = new HashMap<>();
        items.forEach((collection, list) -> slugs.put(collection.path(),
                problems.in(collection.path()).unique(list.stream().map(Item::slug).toList())));
        ContentCollection.ValidationContext context = path -> slugs.getOrDefault(path, Set.of());
        items.forEach((collection, list) -> list.forEach(item -> item(collection, item, context)));
        items.forEach((collection, list) -> collection.validateAll(list, problems));
        return problems.errors();
    }

    private void reference(ReferenceDoc ref) {
        Problems problem = problems.in(ContentLoader.REFERENCES + "/" + ref.slug());
        problem.required("name", ref.name());
        problem.required("citation", ref.citation());
        problem.oneOf("kind", ref.kind(), Reference.KINDS, true);
        review(problem, ref.review());
        Provenance.problems(new Provenance.Record(ref.kind(), ref.url(), ref.doi(), ref.pmid())).forEach(problem::add);
    }

    private void item(ContentCollection collection, Item item, ContentCollection.ValidationContext context) {
        Problems problem = problems.in(collection.path() + "/" + item.slug());
        if (item.foreign() != null) {
            item.foreign().keySet().forEach(name -> problem.add("field '" + name + "' does not belong to " + collection.path()));
        }
        problem.required("name", item.name());
        problem.required("summary", item.summary());
        problem.required("details", item.details());
        review(problem, item.review());
        List<String> cited = item.references() == null ? List.of() : item.references();
        if (cited.isEmpty()) {
            problem.add("needs at least one reference");
        }
        cited.stream().filter(r -> !referenceSlugs.contains(r)).forEach(r -> problem.add("unknown reference '" + r + "'"));
        if (item.codes() != null) {
            item.codes().forEach(code -> {
                CodeFormat.problem(code.system(), code.code()).ifPresent(problem::add);
                problem.required("code display", code.display());
            });
        }
        collection.sections(item).forEach((section, statements) -> {
            for (int i = 0; i < statements.size(); i++) {
                StatementDoc s = statements.get(i);
                String field = collection.figureSections().contains(section) ? section : section + "[" + i + "]";
                problem.required(field + ".text", s.text());
                if (!cited.contains(s.reference())) {
                    problem.add(field + ".reference cites '" + s.reference() + "', which is not among the item's references");
                }
                Provenance.statementProblems(s.locator(), s.evidenceType()).forEach(m -> problem.add(field + "." + m));
            }
        });
        collection.relations(item).forEach((target, targets) -> targets.stream()
                .filter(t -> !context.slugs(target).contains(t))
                .forEach(t -> problem.add("links to unknown " + target + " '" + t + "'")));
        collection.validate(item, context, problem);
        if (item.translations() != null) {
            item.translations().forEach((lang, translation) -> translation(problem.about("translation " + lang), collection, item, lang,
                    translation));
        }
    }

    /** A translation has every text of the original: the same sections with as many statements, every criterion. */
    private void translation(Problems problem, ContentCollection collection, Item item, String lang, TranslationDoc translation) {
        if (lang.equals(Languages.DEFAULT) || !Languages.SUPPORTED.contains(lang)) {
            problem.add("the language must be one of " + Languages.SUPPORTED.stream().filter(l -> !l.equals(Languages.DEFAULT)).toList());
            return;
        }
        if (translation == null) {
            problem.add("is empty");
            return;
        }
        problem.required("name", translation.name());
        problem.required("summary", translation.summary());
        problem.required("details", translation.details());
        Map<String, List<StatementDoc>> sections = collection.sections(item);
        Map<String, Integer> original = new LinkedHashMap<>();
        sections.forEach((section, statements) -> original.put(section, statements.size()));
        if (translation.sections() != null) {
            translation.sections().forEach((section, texts) -> texts.forEach(text -> problem.required(section + " text", text)));
        }
        Map<String, String> criteria = collection.criteria(item);
        Translation.compare(original, translation.sections(), List.copyOf(criteria.keySet()), translation.criteria(), problem::add);
        // a translation must not change a number: every statement and criterion carries the same figures as its original
        Map<String, List<String>> translated = translation.sections() == null ? Map.of() : translation.sections();
        sections.forEach((section, statements) -> {
            List<String> texts = translated.getOrDefault(section, List.of());
            for (int i = 0; i < Math.min(statements.size(), texts.size()); i++) {
                String field = section + "[" + i + "]: ";
                Translation.sameNumbers(statements.get(i).text(), texts.get(i)).ifPresent(m -> problem.add(field + m));
            }
        });
        if (translation.criteria() != null) {
            criteria.forEach((key, description) -> {
                if (translation.criteria().get(key) != null) {
                    Translation.sameNumbers(description, translation.criteria().get(key)).ifPresent(m -> problem.add("criterion " + key + ": " + m));
                }
            });
        }
    }

    private static void review(Problems problem, Review review) {
        if (review == null || review.lastReviewed() == null || review.nextReview() == null) {
            problem.add("review needs lastReviewed and nextReview");
        } else if (!review.nextReview().isAfter(review.lastReviewed())) {
            problem.add("nextReview must come after lastReviewed");
        }
    }
}
