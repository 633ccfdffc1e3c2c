package org.bonemet.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * FHIR R4 JSON with the HAPI model. The context is made on first use, not at startup: it costs a second and
 * some memory that readers of the JSON API never need.
 */
public final class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    private FhirJson() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
    }

    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    public static String encode(IBaseResource resource) {
        return context().newJsonParser().encodeResourceToString(resource);
    }

    /**
     * A parser for what clients send: unknown elements are tolerated (as CDS Hooks asks), malformed JSON and
     * wrong types are not ({@link ca.uhn.fhir.parser.DataFormatException}).
     */
    public static IParser lenientParser() {
        LenientErrorHandler handler = new LenientErrorHandler(false).setErrorOnInvalidValue(true);
        return context().newJsonParser().setParserErrorHandler(handler);
    }

    /** An OperationOutcome with one error issue. */
    public static OperationOutcome outcome(IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }

    /** The response of a failed FHIR interaction: its status with an OperationOutcome. */
    public static Response error(int status, IssueType type, String diagnostics) {
        return Response.status(status).type(TYPE).entity(encode(outcome(type, diagnostics))).build();
    }
}
