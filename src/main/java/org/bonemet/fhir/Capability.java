package org.bonemet.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/** The CapabilityStatement: exactly the types, interactions, search parameters and operations {@link FhirResource} serves. */
final class Capability {

    private Capability() {
    }

    static CapabilityStatement of(FhirArtifacts.Served served, String serverBase) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setId("bonemet");
        statement.setUrl(serverBase + "/metadata");
        statement.setVersion(String.valueOf(served.latest().cursor()));
        statement.setName("BoneMetKnowledgeFacade");
        statement.setTitle("Bone Metastasis Knowledge API: FHIR R4 facade");
        statement.setStatus(PublicationStatus.ACTIVE).setExperimental(false).setDate(Date.from(served.latest().at()));
        statement.setPublisher(Source.PUBLISHER);
        statement.setDescription("Read-only knowledge artifacts made from the published content: CodeSystems and ValueSets of the "
                + "project's concepts, a ConceptMap to external codes, PlanDefinitions of the treatment criteria and triage, "
                + "ActivityDefinitions of proposed orders and Questionnaires of the scores. This informs; it does not prescribe.");
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName(Source.PUBLISHER);
        statement.getImplementation().setDescription("Bone Metastasis Knowledge API").setUrl(serverBase);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json").addFormat("json");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Every artifact carries a canonical url under " + "the configured base and a version, the change-feed "
                + "cursor of its newest source. Searches page with _count (at most " + FhirSearch.MAX_COUNT + ") and _offset.");
        for (String type : FhirArtifacts.TYPES) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            resource.setReadHistory(false).setUpdateCreate(false);
            param(resource, "url", SearchParamType.URI, "The canonical url, optionally with |version.");
            param(resource, "version", SearchParamType.TOKEN, "The version: the change-feed cursor of the artifact's newest source.");
            param(resource, "name", SearchParamType.STRING, "The computable name: starts with, ignoring case.");
            param(resource, "status", SearchParamType.TOKEN, "The publication status.");
            param(resource, "_id", SearchParamType.TOKEN, "The logical id.");
            if (type.equals("CodeSystem")) {
                resource.addOperation().setName("lookup").setDefinition("http://hl7.org/fhir/OperationDefinition/CodeSystem-lookup");
            }
            if (type.equals("ValueSet")) {
                resource.addOperation().setName("expand").setDefinition("http://hl7.org/fhir/OperationDefinition/ValueSet-expand");
            }
        }
        return statement;
    }

    private static void param(CapabilityStatementRestResourceComponent resource, String name, SearchParamType type, String documentation) {
        resource.addSearchParam().setName(name).setType(type).setDocumentation(documentation);
    }
}
