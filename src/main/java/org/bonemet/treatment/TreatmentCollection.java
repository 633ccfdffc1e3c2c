package org.bonemet.treatment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Rows;
import org.bonemet.document.ContentDocument.Criterion;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.StatementDoc;
import org.bonemet.document.ContentDocument.TranslationDoc;
import org.bonemet.provenance.Provenance;
import org.bonemet.selection.RuleParser;

/**
 * Treatments: goals, sourced dosing and risks, the entries they relate to, and their selection criteria, each a
 * rule the evaluation runs against a patient profile.
 */
public final class TreatmentCollection extends EntityCollection<Treatment, TreatmentFields> {

    public static final String PATH = "treatments";

    public static final List<String> CRITERION_KINDS = List.of("eligibility", "indication", "contraindication", "caution");
    public static final List<String> GRADES = List.of("indicated", "consider");

    public TreatmentCollection() {
        super(Treatment.class, TreatmentFields.class, TreatmentViews::detail, TreatmentViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        TreatmentFields own = fields(item);
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("goals", own.goals() == null ? List.of() : own.goals());
        sections.put("dosing", own.dosing() == null ? List.of() : own.dosing());
        sections.put("risks", own.risks() == null ? List.of() : own.risks());
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        TreatmentFields own = fields(item);
        Map<String, List<String>> relations = new LinkedHashMap<>();
        relations.put("symptoms", own.symptoms() == null ? List.of() : own.symptoms());
        relations.put("primary-cancers", own.primaryCancers() == null ? List.of() : own.primaryCancers());
        relations.put("sites", own.sites() == null ? List.of() : own.sites());
        return relations;
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        TreatmentFields own = fields(item);
        problems.oneOf("modality", own.modality(), Treatment.MODALITIES, true);
        if (own.criteria() == null) {
            return;
        }
        RuleParser rules = new RuleParser(context.slugs("primary-cancers"), context.slugs("sites"));
        problems.in(item.slug() + " criteria").unique(own.criteria().stream().map(Criterion::key).toList());
        List<String> cited = item.references() == null ? List.of() : item.references();
        own.criteria().forEach(c -> {
            Problems criterion = problems.about("criterion " + c.key());
            criterion.oneOf("kind", c.kind(), CRITERION_KINDS, true);
            criterion.oneOf("grade", c.grade(), GRADES, "indication".equals(c.kind()));
            if (c.grade() != null && !"indication".equals(c.kind())) {
                criterion.add("only indications have a grade");
            }
            criterion.required("description", c.description());
            if (!cited.contains(c.reference())) {
                criterion.add("cites '" + c.reference() + "', which is not among the item's references");
            }
            Provenance.statementProblems(c.locator(), c.evidenceType()).forEach(criterion::add);
            try {
                rules.parse(c.rule());
            } catch (RuleParser.InvalidRuleException e) {
                e.problems.forEach(criterion::add);
            }
        });
    }

    @Override
    public Map<String, String> criteria(Item item) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<Criterion> criteria = fields(item).criteria();
        if (criteria != null) {
            criteria.forEach(c -> descriptions.put(c.key(), c.description()));
        }
        return descriptions;
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        TreatmentFields own = fields(item);
        rows.execute("INSERT INTO treatment (item_id, modality) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET modality = EXCLUDED.modality",
                id, own.modality());
        rows.execute("DELETE FROM selection_criterion WHERE treatment_id = ?", id);
        List<Criterion> criteria = own.criteria() == null ? List.of() : own.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            long criterionId = rows.id("INSERT INTO selection_criterion (treatment_id, key, kind, grade, rule, reference_id, locator, evidence_type,"
                    + " position) VALUES (?, ?, ?, ?, ?::jsonb, (SELECT id FROM reference WHERE slug = ?), ?, ?, ?) RETURNING id", id, criterion.key(),
                    criterion.kind(), criterion.grade(), criterion.rule().toString(), criterion.reference(), criterion.locator(),
                    criterion.evidenceType(), i);
            rows.execute("INSERT INTO selection_criterion_text (criterion_id, lang, description) VALUES (?, 'en', ?)", criterionId,
                    criterion.description().strip());
        }
    }

    @Override
    public void writeTranslation(Rows rows, long id, String lang, TranslationDoc translation) {
        if (translation.criteria() != null) {
            translation.criteria().forEach((key, description) -> rows.execute("INSERT INTO selection_criterion_text (criterion_id, lang,"
                    + " description) SELECT id, ?, ? FROM selection_criterion WHERE treatment_id = ? AND key = ?", lang, description.strip(), id, key));
        }
    }
}
