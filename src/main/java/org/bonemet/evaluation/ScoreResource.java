package org.bonemet.evaluation;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.UnknownResourceException;
import org.bonemet.content.Views;
import org.bonemet.evaluation.EvaluationViews.ScoreCatalog;
import org.bonemet.evaluation.EvaluationViews.ScoreDefinition;
import org.bonemet.evaluation.EvaluationViews.ScoreView;
import org.bonemet.score.Score;
import org.bonemet.score.Scores;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path(Views.API + "/scores")
@Tag(name = "Scores")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ScoreResource {

    @Inject
    ScoreService service;
    @Inject
    SelectionCatalog catalog;
    @Inject
    RequestLanguage lang;

    @GET
    @Operation(operationId = "listScores", summary = "List the clinical score calculators", description = "Each with its inputs, bands and sources.")
    public ScoreCatalog list(@BeanParam LanguageParameters params) {
        var references = catalog.get().references();
        String l = lang.requested();
        return new ScoreCatalog(Scores.ALL.stream().map(s -> new ScoreDefinition(s.name(),
                EvaluationTexts.scoreTitle(s.name(), l, s.title()),
                s.inputs().stream().map(i -> new Score.InputSpec(i.name(), EvaluationTexts.scoreInput(s.name(), i.name(), l, i.description()),
                        i.values(), i.minimum(), i.maximum(), i.multipleOf())).toList(),
                s.bands().stream().map(b -> new Score.Band(b.name(), b.minimum(), b.maximum(),
                        EvaluationTexts.band(s.name(), b.name(), l, b.interpretation()))).toList(),
                s.references().stream().map(references::get).toList(), Views.API + "/scores/" + s.name())).toList(),
                EvaluationTexts.disclaimer(l, Views.DISCLAIMER));
    }

    @POST
    @Path("{score}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "calculateScore", summary = "Compute a clinical score", description = "Returns the total, the band with its interpretation, "
            + "the points of every component and the sources. Missing, unknown or out-of-range inputs: 400 naming each field.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScoreInputs"), examples = {
            @ExampleObject(name = "mirels", summary = "Mirels (POST /scores/mirels)",
                    value = "{\"site\": \"peritrochanteric\", \"pain\": \"functional\", \"lesion\": \"lytic\", \"size\": \"one-third-to-two-thirds\"}"),
            @ExampleObject(name = "sins", summary = "SINS (POST /scores/sins)",
                    value = "{\"location\": \"junctional\", \"pain\": \"mechanical\", \"lesion\": \"lytic\", \"alignment\": \"normal\", "
                            + "\"collapse\": \"under-50-percent\", \"posterolateral\": \"unilateral\"}"),
            @ExampleObject(name = "corrected-calcium", summary = "Corrected calcium (POST /scores/corrected-calcium)",
                    value = "{\"calcium\": 2.9, \"albumin\": 30, \"unit\": \"mmol-l\"}") }))
    public ScoreView compute(@PathParam("score") @Parameter(example = "mirels",
            description = "mirels, sins, tokuhashi-revised, tomita or corrected-calcium") String name, @BeanParam LanguageParameters params,
            JsonNode input) {
        Score score = Scores.byName(name).orElseThrow(() -> new UnknownResourceException("scores", name));
        if (input == null) {
            throw InvalidInputException.of("body", "a JSON object with the score's inputs is required");
        }
        return service.score(score, input, lang.requested(), true);
    }
}
