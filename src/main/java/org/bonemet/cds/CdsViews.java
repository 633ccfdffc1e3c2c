package org.bonemet.cds;

import java.util.List;
import java.util.Map;

import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON of CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/). What clients send tolerates unknown fields and
 * extensions; what the service answers never holds a null or empty field.
 */
public final class CdsViews {

    private CdsViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsServices")
    public record Services(List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsService")
    public record Service(String hook, String title, String description, String id,
            @Schema(description = "Prefetch templates by key.") Map<String, String> prefetch,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String usageRequirements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsRequest")
    public record Request(@Schema(required = true) String hook, @Schema(required = true) String hookInstance, String fhirServer, JsonNode fhirAuthorization,
            @Schema(required = true, description = "The hook's context: userId, patientId, encounterId, and for order-select selections and draftOrders.")
            JsonNode context,
            @Schema(description = "FHIR resources or Bundles by prefetch key; null or an OperationOutcome when the client could not read them.")
            Map<String, JsonNode> prefetch, JsonNode extension) {
    }

    /** Always with its {@code cards}, an empty list when there is nothing to say (the one empty value the specification asks for). */
    @Schema(name = "CdsCards")
    public record Cards(List<Card> cards) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsCard")
    public record Card(String uuid, @Schema(maxLength = 140) String summary,
            @Schema(description = "GitHub-flavoured Markdown.") String detail,
            @Schema(enumeration = { "info", "warning", "critical" }) String indicator, Source source,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) List<Suggestion> suggestions,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), enumeration = { "at-most-one", "any" }) String selectionBehavior,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) List<Link> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsSource")
    public record Source(String label, @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String url, @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String topic) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsSuggestion")
    public record Suggestion(String label, String uuid, @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) Boolean isRecommended, List<Action> actions) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsAction")
    public record Action(@Schema(enumeration = { "create", "update", "delete" }) String type, String description,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), description = "The FHIR resource to create.") JsonNode resource,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), description = "The resource to delete, as Type/id.") String resourceId) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsLink")
    public record Link(String label, String url, @Schema(enumeration = { "absolute", "smart" }) String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsFeedback")
    public record Feedback(@Schema(required = true) List<FeedbackItem> feedback) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsFeedbackItem")
    public record FeedbackItem(@Schema(required = true) String card, @Schema(required = true, enumeration = { "accepted", "overridden" }) String outcome,
            List<AcceptedSuggestion> acceptedSuggestions, OverrideReason overrideReason, @Schema(required = true) String outcomeTimestamp) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsAcceptedSuggestion")
    public record AcceptedSuggestion(@Schema(required = true) String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsOverrideReason")
    public record OverrideReason(@Schema(description = "A Coding from the card's overrideReasons.") JsonNode reason, String userComment) {
    }
}
