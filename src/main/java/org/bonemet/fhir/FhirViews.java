package org.bonemet.fhir;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the contract describes FHIR JSON: any resource by its {@code resourceType}, and the OperationOutcome of an error. */
public final class FhirViews {

    private FhirViews() {
    }

    @Schema(name = "FhirResource", additionalProperties = Schema.True.class, description = """
            A FHIR R4 resource in JSON (https://hl7.org/fhir/R4/json.html): CapabilityStatement, Bundle (searchset), \
            CodeSystem, ValueSet, ConceptMap, PlanDefinition, ActivityDefinition, Questionnaire or Parameters. The HAPI \
            FHIR validator checks each against the R4 definitions in the build.""")
    public record Resource(@Schema(description = "The FHIR resource type.", example = "PlanDefinition") String resourceType) {
    }

    @Schema(name = "OperationOutcome", additionalProperties = Schema.True.class,
            description = "A FHIR R4 OperationOutcome: why the request failed (https://hl7.org/fhir/R4/operationoutcome.html).")
    public record Outcome(@Schema(enumeration = "OperationOutcome") String resourceType, List<Issue> issue) {
    }

    @Schema(name = "OperationOutcomeIssue", additionalProperties = Schema.True.class)
    public record Issue(@Schema(enumeration = { "fatal", "error", "warning", "information" }) String severity,
            @Schema(description = "An IssueType code, such as invalid, not-found or not-supported.") String code, String diagnostics) {
    }
}
