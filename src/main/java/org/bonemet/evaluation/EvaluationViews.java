package org.bonemet.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.bonemet.content.Views;
import org.bonemet.content.Views.Link;
import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.score.Score;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON of scores, treatment options and alerts. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    @Schema(name = "ScoreResult")
    public record ScoreView(String score, BigDecimal total, String band, String interpretation, List<Score.Component> components,
            List<ReferenceLink> references,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Present on POST /scores responses.") String disclaimer) {
    }

    @Schema(name = "ScoreDefinition")
    public record ScoreDefinition(String name, String title, List<Score.InputSpec> inputs, List<Score.Band> bands,
            List<ReferenceLink> references, String href) {
    }

    @Schema(name = "ScoreCatalog")
    public record ScoreCatalog(List<ScoreDefinition> items, String disclaimer) {
    }

    @Schema(name = "Alert", description = "An urgent finding with what triggered it.")
    public record Alert(String key,
            @Schema(enumeration = { "emergency", "urgent" }) String urgency, String title, String message,
            @Schema(ref = "ProfileValues", description = "The profile values that triggered it.") Map<String, JsonNode> triggeredBy,
            ReferenceLink reference, @Schema(description = "Where in the reference the alert's rule stands.") String locator,
            @Schema(ref = "EvidenceType") String evidenceType) {
    }

    @Schema(name = "CriterionResult")
    public record CriterionResult(String key,
            @Schema(enumeration = { "eligibility", "indication", "contraindication", "caution" }) String kind,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    enumeration = { "indicated", "consider" }) String grade, String description,
            @Schema(enumeration = { "met", "not-met", "unknown" }) String result,
            @Schema(ref = "ProfileValues", description = "The profile values the criterion read.") Map<String, JsonNode> inputs,
            @Schema(description = "Fields the criterion needed that the profile did not give.") List<String> missing,
            @Schema(description = "Id of the source in the response's `references`.") String reference,
            @Schema(description = "Where in that source the criterion stands.") String locator,
            @Schema(ref = "EvidenceType") String evidenceType) {
    }

    @Schema(name = "TreatmentOption")
    public record OptionView(Link treatment, String modality,
            @Schema(enumeration = { "indicated", "consider", "contraindicated", "insufficient-data", "not-indicated" }, description = """
                    The evaluation of the criteria, for information, never a prescription. A treatment with a contraindication \
                    that the profile gives too little to rule out is at most `consider`, with that contraindication listed in \
                    `openContraindications`.""") String recommendation,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Keys of the contraindications that could not be ruled out for lack of input: check these before"
                    + " anything else.") List<String> openContraindications,
            List<CriterionResult> criteria) {
    }

    @Schema(name = "TreatmentOptions")
    public record TreatmentOptions(String disclaimer, List<Alert> alerts, List<ScoreView> scores, List<OptionView> options,
            @Schema(description = "Every source the criteria cite, once each.") List<ReferenceLink> references) {
    }
}
