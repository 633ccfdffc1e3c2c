package org.bonemet.fhir;

import java.util.List;
import java.util.Optional;

import org.bonemet.fhir.FhirSearch.InvalidSearchException;
import org.bonemet.fhir.TerminologyOperations.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.ValueSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The read-only FHIR R4 facade: the CapabilityStatement, read and search of every artifact, {@code CodeSystem/$lookup}
 * and {@code ValueSet/$expand}. Everything answers {@code application/fhir+json}; every failure is an
 * OperationOutcome, never a problem document.
 */
@Path("/fhir")
@PermitAll
@Tag(name = "FHIR", description = "A read-only FHIR R4 facade over the published knowledge (application/fhir+json).")
@APIResponse(responseCode = "400", description = "A parameter is invalid.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
        schema = @Schema(ref = "OperationOutcome")))
@APIResponse(responseCode = "404", description = "No such resource type, resource or code.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
        schema = @Schema(ref = "OperationOutcome")))
@APIResponse(responseCode = "429", description = "Too many requests from this client.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
        schema = @Schema(ref = "OperationOutcome")))
@APIResponse(responseCode = "406", description = "Only JSON is served.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
        schema = @Schema(ref = "OperationOutcome")))
public class FhirResource {

    @Inject
    FhirArtifacts artifacts;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @GET
    @Path("metadata")
    @Operation(operationId = "getFhirCapabilityStatement", summary = "FHIR: what this facade serves",
            description = "The CapabilityStatement (kind instance): resource types, interactions, search parameters and operations.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
            schema = @Schema(ref = "FhirResource")))
    public Response metadata() {
        return answer(() -> ok(Capability.of(artifacts.current(), serverBase())));
    }

    @GET
    @Path("{type}")
    @Operation(operationId = "searchFhirArtifacts", summary = "FHIR: search artifacts of one type",
            description = "By `url` (optionally `url|version`), `version`, `name` (starts with), `status` and `_id`; paged by "
                    + "`_count` (default 20, at most 100) and `_offset`. A Bundle of type searchset with paging links.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
            schema = @Schema(ref = "FhirResource")))
    public Response search(@PathParam("type") @Parameter(description = "CodeSystem, ValueSet, ConceptMap, PlanDefinition, ActivityDefinition "
            + "or Questionnaire.") String type) {
        return answer(() -> ok(FhirSearch.search(resources(type), type, uri.getQueryParameters(), serverBase())));
    }

    @GET
    @Path("{type}/{id}")
    @Operation(operationId = "readFhirArtifact", summary = "FHIR: read one artifact",
            description = "With `ETag` W/\"version\" and `Last-Modified`; `If-None-Match` answers 304 while the version holds.")
    @APIResponse(responseCode = "200", description = "The resource.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
            schema = @Schema(ref = "FhirResource")))
    @APIResponse(responseCode = "304", description = "The version asked for is current.")
    public Response read(@PathParam("type") String type, @PathParam("id") String id) {
        if (id.equals("$lookup") && type.equals("CodeSystem")) {
            return lookup(); // sent as %24lookup, which the literal path does not match
        }
        if (id.equals("$expand") && type.equals("ValueSet")) {
            return expand();
        }
        return answer(() -> {
            FhirArtifacts.Served served = artifacts.current();
            MetadataResource resource = find(served, type, id);
            EntityTag tag = new EntityTag(resource.getMeta().getVersionId(), true);
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.tag(tag).build();
            }
            return Response.ok(served.json(resource), FhirJson.TYPE).tag(tag).lastModified(resource.getMeta().getLastUpdated()).build();
        });
    }

    @GET
    @Path("CodeSystem/$lookup")
    @Operation(operationId = "lookupFhirCode", summary = "FHIR: look up a code of this server's CodeSystems",
            description = "`system` and `code` required; `version`, `displayLanguage` (en, de) and `property` optional. A Parameters resource.")
    @APIResponse(responseCode = "200", description = "Parameters: name, version, display, definition, designations, properties.",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(ref = "FhirResource")))
    public Response lookup() {
        return answer(() -> ok(TerminologyOperations.lookup(artifacts.current(), uri.getQueryParameters())));
    }

    @GET
    @Path("ValueSet/$expand")
    @Operation(operationId = "expandFhirValueSet", summary = "FHIR: expand a ValueSet by its canonical url",
            description = "`url` required; `valueSetVersion`, `filter` (contains, ignoring case), `offset`, `count` (at most 1000) and "
                    + "`displayLanguage` optional.")
    @APIResponse(responseCode = "200", description = "The ValueSet with its expansion.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
            schema = @Schema(ref = "FhirResource")))
    public Response expand() {
        return answer(() -> {
            String url = uri.getQueryParameters().getFirst("url");
            if (url == null || url.isBlank()) {
                throw new InvalidSearchException("url is required");
            }
            FhirArtifacts.Served served = artifacts.current();
            MetadataResource valueSet = served.byType().get("ValueSet").stream().filter(v -> v.getUrl().equals(url)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Unknown ValueSet " + url));
            return ok(TerminologyOperations.expand(served, (ValueSet) valueSet, uri.getQueryParameters()));
        });
    }

    @GET
    @Path("ValueSet/{id}/$expand")
    @Operation(operationId = "expandFhirValueSetById", summary = "FHIR: expand a ValueSet by its id",
            description = "The same parameters as the type-level $expand, without `url`.")
    @APIResponse(responseCode = "200", description = "The ValueSet with its expansion.", content = @Content(mediaType = FhirJson.MEDIA_TYPE,
            schema = @Schema(ref = "FhirResource")))
    public Response expandById(@PathParam("id") String id) {
        return answer(() -> {
            FhirArtifacts.Served served = artifacts.current();
            return ok(TerminologyOperations.expand(served, (ValueSet) find(served, "ValueSet", id), uri.getQueryParameters()));
        });
    }

    @GET
    @Path("{type}/{id}/{operation}")
    @Operation(hidden = true)
    public Response instanceOperation(@PathParam("type") String type, @PathParam("id") String id, @PathParam("operation") String operation) {
        if (type.equals("ValueSet") && operation.equals("$expand")) {
            return expandById(id); // sent as %24expand, which the literal path does not match
        }
        return FhirJson.error(404, IssueType.NOTSUPPORTED, "Nothing is served at /fhir/" + type + "/" + id + "/" + operation);
    }

    @GET
    @Path("{path: .+/.+/.+/.+}")
    @Operation(hidden = true)
    public Response unknownPath(@PathParam("path") String path) {
        return FhirJson.error(404, IssueType.NOTSUPPORTED, "Nothing is served at /fhir/" + path);
    }

    /** Anything but a read is refused before routing: the facade is read-only, and says so as an OperationOutcome. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> readOnly(HttpServerRequest request) {
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD || request.method() == HttpMethod.OPTIONS;
        if (read || !(request.path().equals("/fhir") || request.path().startsWith("/fhir/"))) {
            return Optional.empty();
        }
        return Optional.of(FhirJson.error(405, IssueType.NOTSUPPORTED, "This FHIR facade is read-only: use GET"));
    }

    @ServerExceptionMapper
    Response invalid(InvalidSearchException e) {
        return FhirJson.error(400, IssueType.INVALID, e.getMessage());
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return FhirJson.error(404, IssueType.NOTFOUND, e.getMessage());
    }

    /** Runs {@code work} unless the client accepts no JSON (406, as an OperationOutcome). */
    private Response answer(java.util.function.Supplier<Response> work) {
        String format = uri.getQueryParameters().getFirst("_format");
        boolean formatJson = format == null || format.contains("json");
        List<jakarta.ws.rs.core.MediaType> accepted = headers.getAcceptableMediaTypes();
        boolean acceptsJson = accepted.stream().anyMatch(m -> m.isWildcardSubtype() || m.getSubtype().endsWith("json"));
        if (!formatJson || !acceptsJson) {
            return FhirJson.error(406, IssueType.NOTSUPPORTED, "Only application/fhir+json is served");
        }
        return work.get();
    }

    private Response ok(IBaseResource resource) {
        return Response.ok(FhirJson.encode(resource), FhirJson.TYPE).build();
    }

    private List<MetadataResource> resources(String type) {
        return Optional.ofNullable(artifacts.current().byType().get(type)).orElseThrow(() -> new NotFoundException(
                "Resource type " + type + " is not served; see /fhir/metadata for the types: " + String.join(", ", FhirArtifacts.TYPES)));
    }

    private MetadataResource find(FhirArtifacts.Served served, String type, String id) {
        resources(type);
        return served.read(type, id).orElseThrow(() -> new NotFoundException(type + "/" + id + " is not known"));
    }

    /** The base of this server's FHIR endpoint as the client addressed it. */
    private String serverBase() {
        return uri.getBaseUriBuilder().path("fhir").build().toString().replaceAll("/$", "");
    }
}
