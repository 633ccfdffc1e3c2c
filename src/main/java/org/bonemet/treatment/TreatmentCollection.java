package org.bonemet.treatment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentDocument.Criterion;
import org.bonemet.collection.ContentDocument.Item;
import org.bonemet.collection.ContentDocument.StatementDoc;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Provenance;
import org.bonemet.collection.Rows;
import org.bonemet.selection.RuleParser;

/**
 * Treatments: goals, sourced dosing and risks, the entries they relate to, and their selection criteria, each a
 * rule the evaluation runs against a patient profile.
 */
public final class TreatmentCollection extends EntityCollection<Treatment> {

    public static final String PATH = "treatments";

    public static final List<String> CRITERION_KINDS = List.of("eligibility", "indication", "contraindication", "caution");
    public static final List<String> GRADES = List.of("indicated", "consider");

    public TreatmentCollection() {
        super(Treatment.class, TreatmentViews::detail, TreatmentViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> ownFields() {
        return Set.of("modality", "goals", "dosing", "risks", "symptoms", "primaryCancers", "sites", "criteria");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("goals", item.goals() == null ? List.of() : item.goals());
        sections.put("dosing", item.dosing() == null ? List.of() : item.dosing());
        sections.put("risks", item.risks() == null ? List.of() : item.risks());
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        Map<String, List<String>> relations = new LinkedHashMap<>();
        relations.put("symptoms", item.symptoms() == null ? List.of() : item.symptoms());
        relations.put("primary-cancers", item.primaryCancers() == null ? List.of() : item.primaryCancers());
        relations.put("sites", item.sites() == null ? List.of() : item.sites());
        return relations;
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        problems.oneOf("modality", item.modality(), Treatment.MODALITIES, true);
        if (item.criteria() == null) {
            return;
        }
        RuleParser rules = new RuleParser(context.slugs("primary-cancers"), context.slugs("sites"));
        problems.in(item.slug() + " criteria").unique(item.criteria().stream().map(Criterion::key).toList());
        List<String> cited = item.references() == null ? List.of() : item.references();
        item.criteria().forEach(c -> {
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
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        rows.execute("INSERT INTO treatment (item_id, modality) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET modality = EXCLUDED.modality",
                id, item.modality());
        rows.execute("DELETE FROM selection_criterion WHERE treatment_id = ?", id);
        List<Criterion> criteria = item.criteria() == null ? List.of() : item.criteria();
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
}
