package org.bonemet.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentCollections;
import org.bonemet.document.ContentDocument.CodeDoc;
import org.bonemet.document.ContentDocument.Criterion;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.selection.RuleText;
import org.bonemet.selection.Threshold;
import org.bonemet.treatment.TreatmentFields;
import org.bonemet.triage.TriageRules.Finding;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.ActivityDefinition.ActivityDefinitionKind;
import org.hl7.fhir.r4.model.ActivityDefinition.RequestIntent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.ActionConditionKind;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.PlanDefinition.RequestPriority;

/**
 * The rules as FHIR knowledge artifacts (CPG-on-FHIR style): a {@code PlanDefinition} of type {@code eca-rule} per
 * treatment, one action per selection criterion, and one for triage, one action per red flag; and an
 * {@code ActivityDefinition} for each order a card can propose.
 */
final class Plans {

    static final String PLAN_TYPES = "http://terminology.hl7.org/CodeSystem/plan-definition-type";
    /** CQL, whose identifiers are the fields of the patient profile of POST /api/v1/treatment-options ({@link RuleText}). */
    static final String RULE_LANGUAGE = "text/cql";
    static final String TRIAGE = "triage";

    /** An order a card can propose, and the entry of the knowledge base that describes it. */
    record Activity(String id, String title, String collection, String slug) {
    }

    static final List<Activity> ACTIVITIES = List.of(
            new Activity("whole-spine-mri", "MRI of the whole spine", "tests", "whole-spine-mri"),
            new Activity("radiotherapy-referral", "Referral to clinical oncology for external-beam radiotherapy", "treatments",
                    "external-beam-radiotherapy"),
            new Activity("orthopaedic-review", "Referral to orthopaedic surgery to assess fixation of a bone at risk of fracture",
                    "treatments", "prophylactic-fixation"));

    private Plans() {
    }

    static String strengthExtension(Source source) {
        return source.base() + "/StructureDefinition/recommendation-strength";
    }

    static String evidenceExtension(Source source) {
        return source.base() + "/StructureDefinition/evidence-type";
    }

    static List<PlanDefinition> treatments(Source source) {
        ContentCollection treatments = ContentCollections.of("treatments");
        List<PlanDefinition> plans = new ArrayList<>();
        for (Item item : source.content().items().getOrDefault(treatments, List.of())) {
            TreatmentFields fields = item.fields(TreatmentFields.class);
            List<Criterion> criteria = fields.criteria() == null ? List.of() : fields.criteria();
            Set<String> references = new LinkedHashSet<>(item.references());
            criteria.forEach(c -> references.add(c.reference()));
            PlanDefinition plan = source.describe(new PlanDefinition(), "treatment-" + item.slug(), Source.name("Treatment", item.slug()),
                    item.name() + ": selection criteria", source.stamp("treatments", item.slug()).max(source.referencesStamp(references)));
            plan.setType(new CodeableConcept().addCoding(new Coding(PLAN_TYPES, "eca-rule", "ECA Rule")));
            plan.setDescription(item.summary().strip() + "\n\nEach action is one selection criterion, as POST /api/v1/treatment-options "
                    + "evaluates it: eligibility criteria must all hold, a met contraindication rules the treatment out, a met "
                    + "indication recommends it at its grade. This informs; it does not prescribe.");
            references.forEach(r -> plan.addRelatedArtifact(source.citation(r, null)));
            for (Criterion criterion : criteria) {
                PlanDefinitionActionComponent action = plan.addAction();
                action.setId(criterion.key());
                action.setTitle(capitalise(criterion.kind()) + ": " + criterion.key().replace('-', ' '));
                action.setDescription(criterion.description().strip());
                action.addCondition().setKind(ActionConditionKind.APPLICABILITY).setExpression(new Expression()
                        .setLanguage(RULE_LANGUAGE).setExpression(RuleText.of(source.rules().parse(criterion.rule())))
                        .setDescription("When this holds, the criterion is met (" + criterion.kind() + "). Identifiers are the fields of the "
                                + "patient profile of POST /api/v1/treatment-options; no CQL library is published."));
                action.addDocumentation(source.citation(criterion.reference(), criterion.locator()));
                if (criterion.grade() != null) {
                    action.addExtension(strengthExtension(source), new CodeType(criterion.grade()));
                }
                action.addExtension(evidenceExtension(source), new CodeType(criterion.evidenceType()));
            }
            plans.add(plan);
        }
        return plans;
    }

    static PlanDefinition triage(Source source) {
        List<Finding> findings = source.triage().findings();
        Set<String> references = new LinkedHashSet<>(findings.stream().map(Finding::reference).toList());
        PlanDefinition plan = source.describe(new PlanDefinition(), TRIAGE, "BoneMetRedFlagTriage", "Red-flag triage of bone metastasis symptoms",
                source.referencesStamp(references));
        plan.setType(new CodeableConcept().addCoding(new Coding(PLAN_TYPES, "eca-rule", "ECA Rule")));
        plan.setDescription("""
                The red flags of POST /api/v1/triage, one action each: the most urgent finding present decides. Spinal pain \
                features are urgent for people with a past or current cancer and routine otherwise; neurological features, \
                severe or symptomatic hypercalcaemia and a bone that can no longer bear weight are emergencies for everyone. \
                This informs; it does not replace contacting a clinician.""");
        references.forEach(r -> plan.addRelatedArtifact(source.citation(r, null)));
        for (Finding finding : findings) {
            PlanDefinitionActionComponent action = plan.addAction();
            action.setId(finding.slug());
            action.setTitle(Threshold.render(finding.name(), "en"));
            action.setPriority(priority(finding.urgency()));
            action.setDescription(finding.requiresKnownCancer()
                    ? capitalise(finding.urgency()) + " for people with a past or current cancer; routine otherwise."
                    : capitalise(finding.urgency()) + " whatever the cancer history.");
            action.addCondition().setKind(ActionConditionKind.APPLICABILITY).setExpression(new Expression().setLanguage(RULE_LANGUAGE)
                    .setExpression("'" + finding.slug() + "' in \"findings\"" + (finding.requiresKnownCancer() ? " and \"knownCancer\"" : ""))
                    .setDescription("The finding is present" + (finding.requiresKnownCancer() ? " in a person with a known cancer" : "")
                            + "; identifiers are the fields of POST /api/v1/triage."));
            action.addDocumentation(source.citation(finding.reference(), finding.locator()));
            action.addExtension(evidenceExtension(source), new CodeType(finding.evidenceType()));
        }
        return plan;
    }

    static RequestPriority priority(String urgency) {
        return switch (urgency) {
            case "emergency" -> RequestPriority.STAT;
            case "urgent" -> RequestPriority.URGENT;
            default -> RequestPriority.ROUTINE;
        };
    }

    static List<ActivityDefinition> activities(Source source) {
        List<ActivityDefinition> activities = new ArrayList<>();
        for (Activity activity : ACTIVITIES) {
            ContentCollection collection = ContentCollections.of(activity.collection());
            Item item = source.content().items().getOrDefault(collection, List.of()).stream().filter(i -> i.slug().equals(activity.slug()))
                    .findFirst().orElse(null);
            if (item == null) {
                continue;
            }
            ActivityDefinition definition = source.describe(new ActivityDefinition(), activity.id(), Source.name(activity.id()),
                    activity.title(), source.stamp(activity.collection(), activity.slug()).max(source.referencesStamp(item.references())));
            definition.setKind(ActivityDefinitionKind.SERVICEREQUEST).setIntent(RequestIntent.PROPOSAL);
            definition.setDescription(item.summary().strip() + "\n\nSee /api/v1/" + activity.collection() + "/" + activity.slug() + ".");
            CodeableConcept code = new CodeableConcept().setText(activity.title());
            for (CodeDoc c : item.codes() == null ? List.<CodeDoc>of() : item.codes()) {
                if (CodeSystems.URIS.containsKey(c.system()) && activity.collection().equals("tests")) {
                    code.addCoding(new Coding(CodeSystems.URIS.get(c.system()), c.code(), c.display()));
                }
            }
            definition.setCode(code);
            item.references().forEach(r -> definition.addRelatedArtifact(source.citation(r, null)));
            activities.add(definition);
        }
        return activities;
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
