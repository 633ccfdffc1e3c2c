package org.bonemet.triage;

import java.util.List;

import org.bonemet.content.LanguageParameters;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.content.Views.ReferenceLink;
import org.bonemet.evaluation.EvaluationTexts;
import org.bonemet.evaluation.SelectionCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path(Views.API + "/triage")
@Tag(name = "Triage")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TriageResource {

    @Schema(name = "TriageFinding")
    public record FindingView(String slug, String name, @Schema(enumeration = { "spinal-pain", "neurological", "calcium", "fracture" }) String group,
            @Schema(enumeration = { "emergency", "urgent", "routine" }) String urgency,
            @Schema(description = "True when the urgency holds for people known to have cancer only.") boolean requiresKnownCancer,
            ReferenceLink reference, @Schema(description = "Where in the reference the finding's urgency stands.") String locator,
            @Schema(ref = "EvidenceType") String evidenceType) {
    }

    @Schema(name = "TriageFindings")
    public record Findings(List<FindingView> items, String disclaimer) {
    }

    @Schema(name = "TriageRequest")
    public record TriageRequest(
            @NotNull @NotEmpty @Size(max = 30) @Schema(description = "Finding slugs from GET /api/v1/triage/findings.")
            List<@NotNull @Size(max = 100) String> findings,
            @Schema(description = "Whether the person has a past or current cancer diagnosis; when left out, it is taken as true.")
            Boolean knownCancer) {
    }

    @Schema(name = "TriageResult")
    public record Result(String disclaimer, @Schema(enumeration = { "emergency", "urgent", "routine" }) String urgency,
            @Schema(description = "The findings that set the urgency.") List<FindingView> triggeredBy,
            @Schema(description = "What to do next, in plain words.") String nextStep,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Set when some findings count less because no cancer is known: what to do about those.") String note,
            @Schema(description = "Every finding given, with the urgency it has for this person.") List<FindingView> findings) {
    }

    @Inject
    SelectionCatalog catalog;
    @Inject
    Triage triage;
    @Inject
    RequestLanguage lang;

    @GET
    @Path("findings")
    @Operation(operationId = "listTriageFindings", summary = "List the findings triage understands", description = "Red flags with their urgency and source.")
    public Findings findings(@BeanParam LanguageParameters params) {
        String l = lang.requested();
        return new Findings(triage.rules().findings().stream().map(f -> view(f, f.urgency(), l)).toList(), EvaluationTexts.disclaimer(l, Views.DISCLAIMER));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateTriage", summary = "Triage red-flag findings", description = """
            Returns emergency, urgent or routine with the findings that set it and the next step in plain words, in a \
            form a patient app can show. Spinal pain features are urgent for people with a past or current cancer (the \
            guidance is written for them) and routine otherwise, with advice on whom to see and how soon; neurological \
            features, severe or symptomatic hypercalcaemia and a bone that can no longer bear weight are emergencies \
            whatever the history. When `knownCancer` is left out it is taken as true, the safer reading. This informs; \
            it does not replace contacting a clinician.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "back pain and weakness",
            value = "{\"findings\": [\"thoracic-or-cervical-spinal-pain\", \"limb-weakness\"], \"knownCancer\": true}")))
    public Result triage(@BeanParam LanguageParameters params, @Valid @NotNull TriageRequest request) {
        String l = lang.requested();
        TriageRules.Outcome outcome = triage.rules().assess(request.findings(), request.knownCancer() == null || request.knownCancer());
        return new Result(EvaluationTexts.disclaimer(l, Views.DISCLAIMER), outcome.urgency(),
                outcome.triggeredBy().stream().map(a -> view(a.finding(), a.urgency(), l)).toList(),
                EvaluationTexts.nextStep(outcome.nextStepKey(), l, outcome.nextStep()),
                outcome.note() == null ? null : EvaluationTexts.nextStep("routineWithoutKnownCancer", l, outcome.note()),
                outcome.findings().stream().map(a -> view(a.finding(), a.urgency(), l)).toList());
    }

    /** The JSON of a finding with the urgency it has for this person. */
    public FindingView view(TriageRules.Finding finding, String urgency, String l) {
        return new FindingView(finding.slug(), EvaluationTexts.finding(finding.slug(), l, finding.name()), finding.group(), urgency, finding.requiresKnownCancer(),
                catalog.get().references().get(finding.reference()), finding.locator(), finding.evidenceType());
    }
}
