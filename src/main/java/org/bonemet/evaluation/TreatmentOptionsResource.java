package org.bonemet.evaluation;

import jakarta.annotation.security.PermitAll;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.Lang;
import org.bonemet.content.LangParams;
import org.bonemet.content.Views;
import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path(Views.API + "/treatment-options")
@Tag(name = "Treatment options")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TreatmentOptionsResource {

    static final String EXAMPLE = """
            {"primaryCancer": "prostate-cancer", "castrationResistant": true, "boneLesionCount": 3,
             "lesions": [{"site": "thoracic-spine", "spinalLevel": "T7", "lesionType": "blastic", "pain": "mechanical"}],
             "visceralMetastases": "none", "ecog": 1,
             "neurology": {"deficit": "none", "ambulatory": true},
             "creatinineClearance": 45, "correctedCalcium": {"value": 2.4, "unit": "mmol-l"}, "dentalStatus": "healthy",
             "expectedSurvivalMonths": 12,
             "scoreInputs": {"sins": {"location": "semi-rigid", "pain": "mechanical", "lesion": "blastic", "alignment": "normal",
                                      "collapse": "none", "posterolateral": "none"}}}""";

    @Inject
    TreatmentOptionsService service;
    @Inject
    Lang lang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate treatment options for a patient profile", description = """
            Evaluates every treatment's selection criteria against the profile and explains each result criterion by \
            criterion (met, not-met or unknown, the inputs it used, its source). Also returns the scores computed from \
            `scoreInputs` and alerts for urgent findings. Every field is optional; missing data makes criteria unknown, \
            never assumed. This informs; it does not prescribe.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "mCRPC",
            summary = "Castration-resistant prostate cancer with a painful thoracic lesion", value = EXAMPLE)))
    public TreatmentOptions evaluate(@BeanParam LangParams params, @Valid PatientProfile profile) {
        if (profile == null) {
            throw InvalidInputException.of("body", "a JSON patient profile is required ({} for an empty one)");
        }
        return service.evaluate(profile, lang.requested());
    }
}
