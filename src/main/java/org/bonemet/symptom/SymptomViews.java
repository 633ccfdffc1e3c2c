package org.bonemet.symptom;

import java.util.List;

import org.bonemet.content.Relation;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.content.Views.Basics;
import org.bonemet.content.Views.Common;
import org.bonemet.content.Views.Link;
import org.bonemet.content.Views.StatementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

public final class SymptomViews {

    private SymptomViews() {
    }

    @Schema(name = "SymptomSummary")
    public record SymptomSummary(@JsonUnwrapped Basics basics,
            @Schema(enumeration = { "symptom", "complication", "syndrome" }) String kind,
            @Schema(enumeration = { "routine", "urgent", "emergency" }) String urgency) {
    }

    @Schema(name = "Symptom")
    public record Detail(@JsonUnwrapped Common common,
            @Schema(enumeration = { "symptom", "complication", "syndrome" }) String kind,
            @Schema(enumeration = { "routine", "urgent", "emergency" }) String urgency,
            @Schema(description = "How it shows itself.") List<StatementView> features,
            @Schema(description = "Findings that need prompt or immediate action.") List<StatementView> redFlags,
            @Schema(description = "What guidelines describe as the first clinical steps (information, not advice).") List<StatementView> management,
            @Schema(description = "Sites where it typically arises.") List<Link> sites,
            @Schema(description = "Tests that assess it.") List<Link> tests,
            @Schema(description = "Treatments that address it.") List<Link> treatments) {
    }

    public static SymptomSummary summary(Symptom symptom, RequestLanguage lang) {
        return new SymptomSummary(Views.basics(symptom, lang), symptom.kind, symptom.urgency);
    }

    public static Detail detail(Symptom symptom, RequestLanguage lang) {
        return new Detail(Views.common(symptom, lang), symptom.kind, symptom.urgency,
                Views.statements(symptom, "features", lang), Views.statements(symptom, "redFlags", lang),
                Views.statements(symptom, "management", lang),
                Views.links(Relation.related(symptom, "sites"), lang),
                Views.links(Relation.related(symptom, "tests"), lang),
                Views.links(Relation.related(symptom, "treatments"), lang));
    }
}
