package org.bonemet.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.bonemet.content.LanguageParameters;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.http.Representation;
import org.bonemet.http.ResponseCache;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
    SelectionCatalog catalog;
    @Inject
    EvaluationJson writer;
    @Inject
    RequestLanguage lang;
    @Inject
    ResponseCache responses;
    @Inject
    ProfileReader profiles;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateTreatmentOptions", summary = "Evaluate treatment options for a patient profile", description = """
            Evaluates every treatment's selection criteria against the profile and explains each result criterion by \
            criterion (met, not-met or unknown, the inputs it used, its source). Also returns the scores computed from \
            `scoreInputs` and alerts for urgent findings. Every field is optional; missing data makes criteria unknown, \
            never assumed. This informs; it does not prescribe.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatientProfile.class), examples = @ExampleObject(name = "mCRPC",
            summary = "Castration-resistant prostate cancer with a painful thoracic lesion", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Every treatment's recommendation with each criterion's result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentOptions.class)))
    public Uni<Response> evaluate(@BeanParam LanguageParameters params, @Context HttpHeaders headers, byte[] body) {
        // The answer depends only on the request, its language and the published content: a question asked again is
        // answered from memory on the event loop, without reading or checking it again, until the next publication.
        String language = lang.requested();
        String key = "POST " + Views.API + "/treatment-options|" + language + "|" + Representation.tag(body);
        Representation known = responses.get(key);
        if (known != null) {
            return Uni.createFrom().item(() -> send(key, known, false, headers));
        }
        long generation = responses.generation();
        // A new question is read, checked and computed where it arrived, on the event loop, when the catalogue is in
        // memory: that is about a tenth of a millisecond of work, and handing it to a worker thread and back cost a
        // fifth as much again. Only when the catalogue must first be read from the database does it go to a worker.
        Snapshot snapshot = catalog.ifLoaded();
        Uni<Response> answer = Uni.createFrom().item(() -> {
            try {
                byte[] json = writer.write(service.run(profiles.read(body), language, snapshot != null ? snapshot : catalog.get()));
                return send(key, Representation.untagged(json, language, generation), true, headers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return (snapshot != null ? answer : answer.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onFailure(UncheckedIOException.class).transform(Throwable::getCause);
    }

    /**
     * The answer as bytes, gzip-compressed for clients that accept it (an evaluation runs to tens of kilobytes).
     * The compressed copy is made when a client first asks for it and is kept with the answer.
     */
    private Response send(String key, Representation entry, boolean isNew, HttpHeaders headers) {
        String acceptEncoding = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        Representation sent = Representation.acceptsGzip(acceptEncoding) ? entry.withGzip() : entry;
        if (isNew) {
            responses.putWhenAskedAgain(key, sent);
        } else if (sent != entry) {
            responses.put(key, sent);
        }
        boolean gzip = sent.sendsGzip(acceptEncoding);
        Response.ResponseBuilder response = Response.ok(sent.bytes(gzip), MediaType.APPLICATION_JSON_TYPE);
        return (gzip ? response.header(HttpHeaders.CONTENT_ENCODING, Representation.GZIP) : response).build();
    }
}
