package org.bonemet.fhir;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bonemet.fhir.FhirSearch.InvalidSearchException;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionComponent;

import jakarta.ws.rs.core.MultivaluedMap;

/** {@code CodeSystem/$lookup} and {@code ValueSet/$expand} over the facade's own CodeSystems. */
final class TerminologyOperations {

    /** A code or code system the server does not have: answered 404 with an OperationOutcome. */
    static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }

    private TerminologyOperations() {
    }

    static Parameters lookup(FhirArtifacts.Served served, MultivaluedMap<String, String> query) {
        String system = required(query, "system");
        String code = required(query, "code");
        CodeSystem codeSystem = served.codeSystem(system)
                .orElseThrow(() -> new NotFoundException("Unknown code system " + system + "; this server looks up its own CodeSystems only"));
        String version = query.getFirst("version");
        if (version != null && !version.equals(codeSystem.getVersion())) {
            throw new NotFoundException("Version " + version + " of " + system + " is not served; the current one is " + codeSystem.getVersion());
        }
        ConceptDefinitionComponent concept = codeSystem.getConcept().stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown code '" + code + "' in " + system));
        List<String> properties = query.getOrDefault("property", List.of());
        Parameters parameters = new Parameters();
        parameters.addParameter("name", codeSystem.getName());
        parameters.addParameter("version", codeSystem.getVersion());
        parameters.addParameter("display", display(concept, query.getFirst("displayLanguage")));
        if (concept.hasDefinition()) {
            parameters.addParameter().setName("definition").setValue(new StringType(concept.getDefinition()));
        }
        for (ConceptDefinitionDesignationComponent designation : concept.getDesignation()) {
            ParametersParameterComponent part = parameters.addParameter().setName("designation");
            part.addPart().setName("language").setValue(new CodeType(designation.getLanguage()));
            part.addPart().setName("value").setValue(new StringType(designation.getValue()));
        }
        concept.getProperty().stream().filter(p -> properties.isEmpty() || properties.contains(p.getCode())).forEach(p -> {
            ParametersParameterComponent part = parameters.addParameter().setName("property");
            part.addPart().setName("code").setValue(new CodeType(p.getCode()));
            part.addPart().setName("value").setValue(p.getValue());
        });
        return parameters;
    }

    static ValueSet expand(FhirArtifacts.Served served, ValueSet valueSet, MultivaluedMap<String, String> query) {
        String version = query.getFirst("valueSetVersion");
        if (version != null && !version.equals(valueSet.getVersion())) {
            throw new NotFoundException("Version " + version + " of " + valueSet.getUrl() + " is not served; the current one is "
                    + valueSet.getVersion());
        }
        String filter = query.getFirst("filter");
        String language = query.getFirst("displayLanguage");
        int offset = FhirSearch.integer(query, "offset", 0, 0, Integer.MAX_VALUE);
        int count = FhirSearch.integer(query, "count", 1000, 0, 1000);
        CodeSystem codeSystem = served.codeSystem(valueSet.getCompose().getIncludeFirstRep().getSystem()).orElseThrow();
        List<ConceptDefinitionComponent> concepts = codeSystem.getConcept().stream().filter(c -> filter == null || matches(c, filter)).toList();
        ValueSet expanded = valueSet.copy();
        ValueSetExpansionComponent expansion = expanded.getExpansion();
        expansion.setIdentifier("urn:uuid:" + UUID.randomUUID()).setTimestamp(new Date()).setTotal(concepts.size()).setOffset(offset);
        if (filter != null) {
            expansion.addParameter().setName("filter").setValue(new StringType(filter));
        }
        expansion.addParameter().setName("offset").setValue(new IntegerType(offset));
        expansion.addParameter().setName("count").setValue(new IntegerType(count));
        if (language != null) {
            expansion.addParameter().setName("displayLanguage").setValue(new CodeType(language));
        }
        for (ConceptDefinitionComponent concept : concepts.subList(Math.min(offset, concepts.size()), (int) Math.min(concepts.size(), (long) offset + count))) {
            expansion.addContains().setSystem(codeSystem.getUrl()).setVersion(codeSystem.getVersion()).setCode(concept.getCode())
                    .setDisplay(display(concept, language));
        }
        return expanded;
    }

    /** Case-insensitive: the code, the display or a designation contains the text. */
    private static boolean matches(ConceptDefinitionComponent concept, String filter) {
        String text = filter.toLowerCase(Locale.ROOT);
        return concept.getCode().toLowerCase(Locale.ROOT).contains(text) || concept.getDisplay().toLowerCase(Locale.ROOT).contains(text)
                || concept.getDesignation().stream().anyMatch(d -> d.getValue().toLowerCase(Locale.ROOT).contains(text));
    }

    private static String display(ConceptDefinitionComponent concept, String language) {
        if (language == null) {
            return concept.getDisplay();
        }
        return concept.getDesignation().stream().filter(d -> language.equalsIgnoreCase(d.getLanguage())).map(d -> d.getValue())
                .findFirst().orElse(concept.getDisplay());
    }

    private static String required(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            throw new InvalidSearchException(name + " is required");
        }
        return value;
    }
}
