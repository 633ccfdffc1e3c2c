package org.bonemet.cds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.cds.CdsViews.Card;
import org.bonemet.cds.CdsViews.Cards;
import org.bonemet.cds.CdsViews.Feedback;
import org.bonemet.cds.CdsViews.FeedbackItem;
import org.bonemet.cds.CdsViews.Service;
import org.bonemet.cds.CdsViews.Services;
import org.bonemet.cds.PatientRecord.Concept;
import org.bonemet.content.CodeFormat;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.evaluation.EvaluationViews.Alert;
import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.bonemet.evaluation.PatientProfile;
import org.bonemet.evaluation.SelectionCatalog;
import org.bonemet.evaluation.TreatmentOptionsService;
import org.bonemet.fhir.FhirArtifacts;
import org.bonemet.problem.ClientProblem;
import org.bonemet.problem.ProblemMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A CDS Hooks 2.0 service: {@code patient-view} cards for emergencies (critical), urgent findings (warning) and the
 * knowledge pages (info), and {@code order-select} suggestions when a draft order conflicts with the knowledge. The
 * prefetch becomes the patient profile of POST /api/v1/treatment-options and is evaluated by the same service.
 */
@Path("/cds-services")
@PermitAll
@Tag(name = "CDS Hooks", description = "Decision support inside the clinician's record (CDS Hooks 2.0): discovery, patient-view, order-select.")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "The request or a prefetch entry is malformed.", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "401", description = "No valid token from a trusted CDS client for this service.", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "404", description = "No such CDS service.", content = @Content(mediaType = "application/problem+json",
        schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "412", description = "A prefetch key is missing.", content = @Content(mediaType = "application/problem+json",
        schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "429", description = "Too many requests from this client.", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "415", description = "The body is not JSON.", content = @Content(mediaType = "application/problem+json",
        schema = @Schema(ref = "Problem")))
public class CdsResource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CdsResource.class);
    static final String PATIENT_VIEW = "bonemet-patient-view";
    static final String ORDER_SELECT = "bonemet-order-select";
    private static final Map<String, String> PREFETCH = new LinkedHashMap<>();

    static {
        PREFETCH.put("patient", "Patient/{{context.patientId}}");
        PREFETCH.put("conditions", "Condition?patient={{context.patientId}}&clinical-status=active,recurrence,relapse");
        PREFETCH.put("observations", "Observation?patient={{context.patientId}}&code=" + String.join(",", java.util.stream.Stream.of(
                PatientRecord.CORRECTED_CALCIUM, PatientRecord.TOTAL_CALCIUM, PatientRecord.ALBUMIN, PatientRecord.ECOG, PatientRecord.KARNOFSKY)
                .flatMap(java.util.Set::stream).sorted().map(c -> "http://loinc.org|" + c).toList()) + "&_sort=-date&_count=50");
        PREFETCH.put("medications", "MedicationRequest?patient={{context.patientId}}&status=active");
    }

    @Inject
    CdsClientAuth auth;
    @Inject
    TreatmentOptionsService treatmentOptions;
    @Inject
    SelectionCatalog catalog;
    @Inject
    FhirArtifacts artifacts;
    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    EntityManager em;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "discoverCdsServices", summary = "CDS Hooks discovery",
            description = "The services, their hooks and prefetch templates. Calls need a JWT from a trusted CDS client.")
    @APIResponse(responseCode = "200", description = "The services.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Services.class)))
    public Services discovery() {
        return new Services(List.of(
                new Service("patient-view", "Bone metastasis red flags", "Cards for a metastatic spinal cord compression on the problem list "
                        + "(SNOMED CT 71286001) and for hypercalcaemia graded from the newest calcium result, with the knowledge pages of the "
                        + "patient's conditions and what could not be read; they inform and do not prescribe.", PATIENT_VIEW, PREFETCH, null),
                new Service("order-select", "Bone metastasis order check", "When a spinal radiograph or bone scan is selected while cord "
                        + "compression is suspected, points to whole-spine MRI (NICE QS56); flags a drug the knowledge base contraindicates "
                        + "for the patient's results (denosumab with low calcium, for example).", ORDER_SELECT, PREFETCH, null)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "cdsClient")
    @Operation(operationId = "callCdsService", summary = "Call a CDS service",
            description = "A CDS Hooks 2.0 request with its prefetch (null when the EHR has no such data, an OperationOutcome when it "
                    + "could not read it). A key left out is read from `fhirServer` with `fhirAuthorization`; when that is not possible, 412.")
    @APIResponse(responseCode = "200", description = "The cards.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Cards.class)))
    public Cards call(@PathParam("id") String id, @HeaderParam("Authorization") String authorization, CdsViews.Request request) {
        String hook = hookOf(id);
        auth.verify(authorization, serviceUrl(id));
        if (request == null || !hook.equals(request.hook())) {
            throw new ClientProblem(400, "The request's hook is not this service's.", List.of(new FieldError("hook", "must be " + hook)));
        }
        if (request.context() == null || !request.context().path("patientId").isTextual()) {
            throw new ClientProblem(400, "The request has no context.patientId.", List.of(new FieldError("context.patientId", "is required")));
        }
        Map<String, JsonNode> prefetch = new LinkedHashMap<>(request.prefetch() == null ? Map.of() : request.prefetch());
        String patientId = request.context().path("patientId").asText();
        PREFETCH.forEach((key, template) -> {
            if (!prefetch.containsKey(key)) {
                FhirServerReader.read(request.fhirServer(), request.fhirAuthorization(), template, patientId, mapper)
                        .ifPresent(value -> prefetch.put(key, value));
            }
        });
        List<String> missing = PREFETCH.keySet().stream().filter(key -> !prefetch.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new ClientProblem(412, "Prefetch is missing " + String.join(", ", missing) + " and the FHIR server (fhirServer with "
                    + "fhirAuthorization) could not give it.",
                    missing.stream().map(key -> new FieldError("prefetch." + key, "is required: " + PREFETCH.get(key))).toList());
        }
        PatientRecord record = PrefetchReader.read(prefetch, codes());
        TreatmentOptions evaluation = evaluate(record);
        List<Alert> alerts = HookCards.alerts(evaluation, record, key -> treatmentOptions.alert(key, "en"));
        String apiBase = uri.getBaseUri().toString().replaceAll("/$", "");
        if (hook.equals("patient-view")) {
            return new Cards(HookCards.patientView(alerts, record, apiBase));
        }
        return new Cards(orderSelect(request.context(), alerts, evaluation, record, apiBase));
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "cdsClient")
    @Operation(operationId = "sendCdsFeedback", summary = "Tell the service what was done with its cards",
            description = "Kept for analytics only (which cards are accepted or overridden, and why).")
    @Produces(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "Stored; no body.", content = @Content(mediaType = MediaType.WILDCARD))
    public Response feedback(@PathParam("id") String id, @HeaderParam("Authorization") String authorization, Feedback feedback) {
        hookOf(id);
        String client = clientOf(auth.verify(authorization, serviceUrl(id) + "/feedback"));
        List<FieldError> errors = new ArrayList<>();
        List<FeedbackItem> items = feedback == null || feedback.feedback() == null ? List.of() : feedback.feedback();
        if (items.isEmpty() || items.size() > 100) {
            errors.add(new FieldError("feedback", "must hold 1 to 100 items"));
        }
        for (int i = 0; i < items.size(); i++) {
            FeedbackItem item = items.get(i);
            if (item == null || item.card() == null || item.card().isBlank() || item.card().length() > 100) {
                errors.add(new FieldError("feedback[" + i + "].card", "is required: the card's uuid"));
            }
            if (item == null || !List.of("accepted", "overridden").contains(item.outcome())) {
                errors.add(new FieldError("feedback[" + i + "].outcome", "must be accepted or overridden"));
            }
            try {
                OffsetDateTime.parse(item == null || item.outcomeTimestamp() == null ? "" : item.outcomeTimestamp());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("feedback[" + i + "].outcomeTimestamp", "must be an ISO 8601 date-time with an offset"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        QuarkusTransaction.requiringNew().run(() -> items.forEach(item -> em.createNativeQuery("""
                INSERT INTO cds_feedback (service, card, outcome, accepted_suggestions, override_reason, user_comment, outcome_at, client)
                VALUES (?1, ?2, ?3, CAST(?4 AS text[]), CAST(?5 AS jsonb), ?6, CAST(?7 AS timestamptz), ?8)""")
                .setParameter(1, id).setParameter(2, item.card()).setParameter(3, item.outcome())
                .setParameter(4, "{" + String.join(",", item.acceptedSuggestions() == null ? List.of()
                        : item.acceptedSuggestions().stream().map(s -> "\"" + String.valueOf(s.id()).replace("\"", "") + "\"").toList()) + "}")
                .setParameter(5, item.overrideReason() == null || item.overrideReason().reason() == null ? null
                        : item.overrideReason().reason().toString())
                .setParameter(6, item.overrideReason() == null ? null : item.overrideReason().userComment())
                .setParameter(7, item.outcomeTimestamp()).setParameter(8, client).executeUpdate()));
        return Response.ok().build();
    }

    @ServerExceptionMapper
    Response unauthorized(CdsClientAuth.UnauthorizedException e, io.vertx.core.http.HttpServerRequest request) {
        // the reason is logged, not told: a caller probing the checks learns nothing (CDS Hooks security best practice)
        LOG.infof("CDS Hooks call refused: %s", e.getMessage());
        return Response.fromResponse(ProblemMapper.problem(401, "CDS Hooks calls need a valid JWT of a trusted CDS client for this service.",
                request, null)).header("WWW-Authenticate", "Bearer").build();
    }

    private static String hookOf(String id) {
        return switch (id) {
            case PATIENT_VIEW -> "patient-view";
            case ORDER_SELECT -> "order-select";
            default -> throw new ClientProblem(404, "No CDS service '" + id + "'; see GET /cds-services.");
        };
    }

    private String serviceUrl(String id) {
        return uri.getBaseUriBuilder().path("cds-services").path(id).build().toString();
    }

    /** Who sent feedback: the verified token's issuer and subject. */
    private static String clientOf(org.jose4j.jwt.JwtClaims claims) {
        try {
            return claims.getIssuer() + (claims.getSubject() == null ? "" : " " + claims.getSubject());
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            return "";
        }
    }

    /**
     * The evaluation of the record. Values the calculators refuse as implausible (a mislabelled unit, say) are left
     * out and said, so that the rest of the record is still evaluated: the call never fails on one bad result.
     */
    private TreatmentOptions evaluate(PatientRecord record) {
        try {
            return treatmentOptions.evaluate(profile(record), "en");
        } catch (InvalidInputException e) {
            record.unreadable.add("calcium (implausible: " + e.errors.stream().map(error -> error.field() + " " + error.message())
                    .collect(java.util.stream.Collectors.joining("; ")) + ")");
            record.profile.remove("scoreInputs");
            record.profile.remove("correctedCalcium");
            record.sources.removeIf(source -> source.field().equals("correctedCalcium"));
            return treatmentOptions.evaluate(profile(record), "en");
        }
    }

    /** The profile the evaluation reads: a value the profile's limits refuse is left out, never sent on. */
    private PatientProfile profile(PatientRecord record) {
        ObjectNode json = record.profile.deepCopy();
        for (int attempt = 0; attempt < 5; attempt++) {
            PatientProfile profile = mapper.convertValue(json, PatientProfile.class);
            var violations = validator.validate(profile);
            if (violations.isEmpty()) {
                return profile;
            }
            for (ConstraintViolation<PatientProfile> violation : violations) {
                String field = violation.getPropertyPath().iterator().next().getName();
                json.remove(field);
                record.unreadable.add(field + " (out of range)");
            }
        }
        return new PatientProfile(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The knowledge base's concepts by "system uri|code key", from the facade's ConceptMap. */
    /** The index made from the facade's artifacts of the moment: rebuilt when a publication renews them, not per call. */
    private record CodeIndex(FhirArtifacts.Served served, Map<String, Concept> codes) {
    }

    private volatile CodeIndex codeIndex;

    private Map<String, Concept> codes() {
        FhirArtifacts.Served served = artifacts.current();
        CodeIndex index = codeIndex;
        if (index == null || index.served() != served) {
            index = new CodeIndex(served, codes(served));
            codeIndex = index;
        }
        return index.codes();
    }

    private static Map<String, Concept> codes(FhirArtifacts.Served served) {
        Map<String, Concept> codes = new HashMap<>();
        ConceptMap map = (ConceptMap) served.read("ConceptMap", "external-codes").orElseThrow();
        for (ConceptMap.ConceptMapGroupComponent group : map.getGroup()) {
            String collection = group.getSource().substring(group.getSource().lastIndexOf('/') + 1);
            for (ConceptMap.SourceElementComponent element : group.getElement()) {
                for (ConceptMap.TargetElementComponent target : element.getTarget()) {
                    codes.putIfAbsent(group.getTarget() + "|" + CodeFormat.key(target.getCode()),
                            new Concept(collection, element.getCode(), element.getDisplay()));
                }
            }
        }
        return codes;
    }

    private List<Card> orderSelect(JsonNode context, List<Alert> alerts, TreatmentOptions evaluation, PatientRecord record, String apiBase) {
        FhirArtifacts.Served served = artifacts.current();
        JsonNode mri;
        try {
            ObjectNode definition = (ObjectNode) mapper.readTree(served.json(served.read("ActivityDefinition", "whole-spine-mri").orElseThrow()));
            mri = mapper.createObjectNode().put("resourceType", "ServiceRequest").put("status", "draft").put("intent", "order")
                    .put("priority", "stat").set("code", definition.path("code"));
            ((ObjectNode) mri).putArray("instantiatesCanonical").add(definition.path("url").asText() + "|" + definition.path("version").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<String>> imaging = new LinkedHashMap<>();
        for (String test : List.of("plain-radiography", "bone-scintigraphy")) {
            CodeSystem tests = served.codeSystem(artifacts.canonicalBase() + "/CodeSystem/tests").orElseThrow();
            tests.getConcept().stream().filter(c -> c.getCode().equals(test)).findFirst().ifPresent(c -> imaging.put(c.getDisplay().toLowerCase(),
                    names(test)));
        }
        var mriReference = catalog.get().references().get("nice-qs56-mscc");
        return HookCards.orderSelect(context, alerts, evaluation, record, apiBase, mri, mriReference, "Section Quality statement 3", imaging);
    }

    /** Words that name the imaging test in an order's text, as {@code HookCards.codeText} writes it (after the entry's synonyms). */
    private static List<String> names(String test) {
        return switch (test) {
            case "plain-radiography" -> List.of("x ray", "xray", "radiograph", "radiography", "plain film");
            default -> List.of("bone scan", "bone scintigraphy", "skeletal scintigraphy");
        };
    }
}
