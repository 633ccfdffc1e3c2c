package org.bonemet.diagnostic;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.content.Relation;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.content.Views.Basics;
import org.bonemet.content.Views.Common;
import org.bonemet.content.Views.Link;
import org.bonemet.content.Views.StatementView;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

public final class DiagnosticTestViews {

    private DiagnosticTestViews() {
    }

    @Schema(name = "DiagnosticTestSummary")
    public record DiagnosticTestSummary(@JsonUnwrapped Basics basics,
            @Schema(enumeration = { "imaging", "laboratory", "biopsy" }) String category) {
    }

    @Schema(name = "DiagnosticTest")
    public record Detail(@JsonUnwrapped Common common,
            @Schema(enumeration = { "imaging", "laboratory", "biopsy" }) String category,
            @Schema(description = "What it detects.") List<StatementView> shows,
            @Schema(description = "When it is used.") List<StatementView> indications,
            List<StatementView> limitations,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) Performance performance,
            @Schema(description = "Symptoms and complications it assesses.") List<Link> symptoms,
            @Schema(description = "Primary cancers it is specific to.") List<Link> primaryCancers) {
    }

    @Schema(name = "TestPerformance", description = "Pooled diagnostic accuracy, with what the figures describe.")
    public record Performance(BigDecimal sensitivityPercent, BigDecimal specificityPercent, String basis, String reference,
            String locator, @Schema(ref = "EvidenceType") String evidenceType) {
    }

    public static DiagnosticTestSummary summary(Investigation test, RequestLanguage lang) {
        return new DiagnosticTestSummary(Views.basics(test, lang), test.category);
    }

    public static Detail detail(Investigation test, RequestLanguage lang) {
        List<StatementView> basis = Views.statements(test, "performance", lang);
        Performance performance = test.sensitivityPercent == null || basis.isEmpty() ? null
                : new Performance(test.sensitivityPercent, test.specificityPercent, basis.get(0).text(), basis.get(0).reference(),
                        basis.get(0).locator(), basis.get(0).evidenceType());
        return new Detail(Views.common(test, lang), test.category, Views.statements(test, "shows", lang),
                Views.statements(test, "indications", lang), Views.statements(test, "limitations", lang), performance,
                Views.links(Relation.related(test, "symptoms"), lang),
                Views.links(Relation.related(test, "primary-cancers"), lang));
    }
}
