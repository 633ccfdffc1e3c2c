package org.bonemet.cds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.problem.ClientProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a hook's prefetch says about the patient, in the terms of the patient profile of /treatment-options: the
 * newest results of the LOINC codes below, active conditions matched to the knowledge base's concepts by their
 * codes, and active medications matched to therapies by name. What could not be read is listed, never guessed.
 */
final class PatientRecord {

    /**
     * LOINC codes read from Observations, by what they give the profile: the laboratory codes the content carries
     * (tests.yaml), and the performance status scores of HL7 mCODE's ECOG (89247-1) and Karnofsky (89243-0) profiles
     * (hl7.org/fhir/us/mcode, STU 2.1), read as integers.
     */
    static final Set<String> CORRECTED_CALCIUM = Set.of("29265-6", "46099-8");
    static final Set<String> TOTAL_CALCIUM = Set.of("17861-6", "2000-8");
    static final Set<String> ALBUMIN = Set.of("1751-7");
    static final Set<String> ECOG = Set.of("89247-1");
    static final Set<String> KARNOFSKY = Set.of("89243-0");

    /** A concept of the knowledge base a condition's code names. */
    record Concept(String collection, String slug, String name) {
    }

    /** A value the profile got, and where it came from, for the card's detail. */
    record Source(String field, String text) {
    }

    final ObjectNode profile = JsonNodeFactory.instance.objectNode();
    final List<Concept> conditions = new ArrayList<>();
    final List<String> therapies = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    /** Prefetch keys that came as null or as an OperationOutcome: their data is unknown. */
    final List<String> unreadable = new ArrayList<>();
    final Map<String, JsonNode> resources = new LinkedHashMap<>();

    boolean has(String collection, String slug) {
        return conditions.stream().anyMatch(c -> c.collection().equals(collection) && c.slug().equals(slug));
    }

    /** The entries of a prefetch value: the resource itself, or a Bundle's entry resources. */
    List<JsonNode> resources(String key, JsonNode value, Set<String> types) {
        List<JsonNode> found = new ArrayList<>();
        if (value.path("resourceType").asText().equals("Bundle")) {
            // a searchset may also hold an OperationOutcome ("outcome") or included resources: not matches, never a failure
            value.path("entry").forEach(entry -> {
                String mode = entry.path("search").path("mode").asText("match");
                if (!entry.path("resource").isObject()) {
                    unreadable.add(key + " (an entry without a resource)");
                } else if (mode.equals("outcome")) {
                    unreadable.add(key + " (the server reported a problem in the search result)");
                } else if (mode.equals("match")) {
                    found.add(entry.path("resource"));
                }
            });
        } else {
            found.add(value);
        }
        for (JsonNode resource : found) {
            if (!types.contains(resource.path("resourceType").asText())) {
                throw new ClientProblem(400, "A prefetch entry holds a resource of another type; see errors.",
                        List.of(new FieldError("prefetch." + key, "must hold " + String.join(" or ", types) + ", not '"
                                + resource.path("resourceType").asText() + "'")));
            }
        }
        return found;
    }
}
