package org.bonemet.cancer;

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

public final class PrimaryCancerViews {

    private PrimaryCancerViews() {
    }

    @Schema(name = "PrimaryCancerSummary")
    public record PrimaryCancerSummary(@JsonUnwrapped Basics basics,
            @Schema(enumeration = { "osteolytic", "osteoblastic", "mixed" }) String lesionType,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    enumeration = { "highly-radiosensitive", "radiosensitive", "radioresistant" }) String radiosensitivity,
            @Schema(description = "True for a primary malignancy of the bone marrow (multiple myeloma), which is not a metastasis.") boolean marrowMalignancy) {
    }

    @Schema(name = "PrimaryCancer")
    public record Detail(@JsonUnwrapped Common common,
            @Schema(enumeration = { "osteolytic", "osteoblastic", "mixed" }) String lesionType,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    enumeration = { "highly-radiosensitive", "radiosensitive", "radioresistant" },
                    description = "Left out where no source classes the cancer.") String radiosensitivity,
            boolean marrowMalignancy,
            @Schema(description = "Share of patients with advanced disease who develop bone metastases.") Incidence boneMetastasisIncidence,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Median survival after bone metastases are diagnosed, where a source gives it.") SourcedText medianSurvival,
            List<StatementView> notes, List<Link> tests, List<Link> treatments) {
    }

    @Schema(name = "BoneMetastasisIncidence")
    public record Incidence(BigDecimal lowPercent, BigDecimal highPercent, String text, String reference, String locator,
            @Schema(ref = "EvidenceType") String evidenceType) {
    }

    @Schema(name = "SourcedText")
    public record SourcedText(String text, String reference, String locator, @Schema(ref = "EvidenceType") String evidenceType) {
    }

    public static PrimaryCancerSummary summary(PrimaryCancer cancer, RequestLanguage lang) {
        return new PrimaryCancerSummary(Views.basics(cancer, lang), cancer.lesionType, cancer.radiosensitivity, cancer.marrowMalignancy);
    }

    public static Detail detail(PrimaryCancer cancer, RequestLanguage lang) {
        return new Detail(Views.common(cancer, lang), cancer.lesionType, cancer.radiosensitivity, cancer.marrowMalignancy,
                Views.statements(cancer, "incidence", lang).stream().findFirst()
                        .map(s -> new Incidence(cancer.incidenceLow, cancer.incidenceHigh, s.text(), s.reference(), s.locator(),
                                s.evidenceType())).orElse(null),
                Views.statements(cancer, "medianSurvival", lang).stream().findFirst()
                        .map(s -> new SourcedText(s.text(), s.reference(), s.locator(), s.evidenceType())).orElse(null),
                Views.statements(cancer, "notes", lang),
                Views.links(Relation.related(cancer, "tests"), lang),
                Views.links(Relation.related(cancer, "treatments"), lang));
    }
}
