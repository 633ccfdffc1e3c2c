package org.bonemet.treatment;

import java.util.List;

import org.bonemet.content.Relation;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.content.Views.Basics;
import org.bonemet.content.Views.Common;
import org.bonemet.content.Views.Link;
import org.bonemet.content.Views.StatementView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

public final class TreatmentViews {

    private TreatmentViews() {
    }

    @Schema(name = "TreatmentSummary")
    public record TreatmentSummary(@JsonUnwrapped Basics basics,
            @Schema(enumeration = { "systemic", "bone-modifying-agent", "radiopharmaceutical", "radiotherapy", "surgery",
                    "interventional", "supportive" }) String modality) {
    }

    @Schema(name = "Treatment")
    public record Detail(@JsonUnwrapped Common common,
            @Schema(enumeration = { "systemic", "bone-modifying-agent", "radiopharmaceutical", "radiotherapy", "surgery",
                    "interventional", "supportive" }) String modality,
            List<StatementView> goals,
            @Schema(description = "Sourced schedules and doses, for information; not a prescription.") List<StatementView> dosing,
            List<StatementView> risks,
            @Schema(description = "When it fits, as rules a patient profile can be evaluated against.") List<CriterionView> criteria,
            List<Link> symptoms, List<Link> primaryCancers, List<Link> sites) {
    }

    @Schema(name = "SelectionCriterion")
    public record CriterionView(String key,
            @Schema(enumeration = { "eligibility", "indication", "contraindication", "caution" }) String kind,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    enumeration = { "indicated", "consider" }, description = "For indications: what it supports when met.") String grade,
            String description,
            @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "A condition {field, op, value} or a group {all|any: [...]} or {not: ...}.") String rule,
            String reference, String locator, @Schema(ref = "EvidenceType") String evidenceType) {
    }

    public static TreatmentSummary summary(Treatment treatment, RequestLanguage lang) {
        return new TreatmentSummary(Views.basics(treatment, lang), treatment.modality);
    }

    public static Detail detail(Treatment treatment, RequestLanguage lang) {
        String textLang = lang.text(treatment).lang;
        return new Detail(Views.common(treatment, lang), treatment.modality, Views.statements(treatment, "goals", lang),
                Views.statements(treatment, "dosing", lang), Views.statements(treatment, "risks", lang),
                treatment.criteria.stream().map(c -> new CriterionView(c.key, c.kind, c.grade, c.description(textLang),
                        c.rule, c.reference.slug, c.locator, c.evidenceType)).toList(),
                Views.links(Relation.related(treatment, "symptoms"), lang),
                Views.links(Relation.related(treatment, "primary-cancers"), lang),
                Views.links(Relation.related(treatment, "sites"), lang));
    }
}
