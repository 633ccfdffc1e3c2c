package org.bonemet.cds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bonemet.cds.PatientRecord.Concept;
import org.bonemet.content.CodeFormat;
import org.bonemet.selection.Therapies;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the prefetch of patient-view and order-select into a {@link PatientRecord}. */
final class PrefetchReader {

    static final String LOINC = "http://loinc.org";
    private static final Set<String> USABLE_OBSERVATION = Set.of("final", "amended", "corrected", "preliminary");
    private static final Set<String> INACTIVE = Set.of("inactive", "resolved", "remission");

    private PrefetchReader() {
    }

    /**
     * @param codes the knowledge base's concepts by "system uri|code key" (from the ConceptMap)
     */
    static PatientRecord read(Map<String, JsonNode> prefetch, Map<String, Concept> codes) {
        PatientRecord record = new PatientRecord();
        prefetch.forEach((key, value) -> {
            // CDS Hooks 2.0: null means the EHR has no such data; an OperationOutcome means it failed to read it
            if (value == null || value.isNull()) {
                return;
            }
            if (!value.isObject() || value.path("resourceType").asText().equals("OperationOutcome")) {
                record.unreadable.add(key);
            } else {
                record.resources.put(key, value);
            }
        });
        record.resources.forEach((key, value) -> {
            switch (key) {
                case "conditions" -> PatientRecord.resources(key, value, Set.of("Condition")).forEach(c -> condition(record, c, codes));
                case "observations" -> observations(record, PatientRecord.resources(key, value, Set.of("Observation")));
                case "medications" -> PatientRecord.resources(key, value, Set.of("MedicationRequest")).forEach(m -> medication(record, m));
                case "patient" -> PatientRecord.resources(key, value, Set.of("Patient"));
                default -> {
                    // prefetch keys this service did not ask for are tolerated
                }
            }
        });
        if (!record.therapies.isEmpty()) {
            record.profile.set("currentTherapies", record.profile.arrayNode().addAll(record.therapies.stream()
                    .map(t -> (JsonNode) com.fasterxml.jackson.databind.node.TextNode.valueOf(t)).distinct().toList()));
        }
        return record;
    }

    private static void condition(PatientRecord record, JsonNode condition, Map<String, Concept> codes) {
        String clinical = condition.path("clinicalStatus").path("coding").path(0).path("code").asText("active");
        String verification = condition.path("verificationStatus").path("coding").path(0).path("code").asText("");
        if (INACTIVE.contains(clinical) || verification.equals("refuted") || verification.equals("entered-in-error")) {
            return;
        }
        for (JsonNode coding : condition.path("code").path("coding")) {
            Concept concept = codes.get(coding.path("system").asText() + "|" + CodeFormat.key(coding.path("code").asText()));
            if (concept != null && !record.has(concept.collection(), concept.slug())) {
                record.conditions.add(concept);
                if (concept.collection().equals("primary-cancers") && !record.profile.has("primaryCancer")) {
                    record.profile.put("primaryCancer", concept.slug());
                    record.sources.add(new PatientRecord.Source("primaryCancer", "Condition: " + concept.name()));
                }
            }
        }
    }

    private static void observations(PatientRecord record, List<JsonNode> observations) {
        Optional<JsonNode> corrected = newest(observations, PatientRecord.CORRECTED_CALCIUM);
        Optional<JsonNode> total = newest(observations, PatientRecord.TOTAL_CALCIUM);
        Optional<JsonNode> albumin = newest(observations, PatientRecord.ALBUMIN);
        corrected.ifPresent(o -> unit(o).filter(u -> u.equals("mmol-l") || u.equals("mg-dl")).ifPresent(unit -> {
            record.profile.putObject("correctedCalcium").put("value", value(o)).put("unit", unit);
            record.sources.add(new PatientRecord.Source("correctedCalcium", describe(o)));
        }));
        if (corrected.isEmpty() && total.isPresent() && albumin.isPresent()) {
            JsonNode calcium = total.get();
            unit(calcium).ifPresent(unit -> albumin(albumin.get(), unit).ifPresent(alb -> {
                record.profile.putObject("scoreInputs").putObject("corrected-calcium").put("calcium", value(calcium)).put("albumin", alb)
                        .put("unit", unit);
                record.sources.add(new PatientRecord.Source("correctedCalcium", "corrected for albumin from " + describe(calcium) + " and "
                        + describe(albumin.get())));
            }));
        }
        newest(observations, PatientRecord.ECOG).map(PrefetchReader::integer).filter(v -> v >= 0 && v <= 5)
                .ifPresent(v -> record.profile.put("ecog", v));
        newest(observations, PatientRecord.KARNOFSKY).map(PrefetchReader::integer).filter(v -> v >= 0 && v <= 100 && v % 10 == 0)
                .ifPresent(v -> record.profile.put("kps", v));
    }

    /** The newest usable Observation with one of the LOINC codes. */
    private static Optional<JsonNode> newest(List<JsonNode> observations, Set<String> loinc) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode o : observations) {
            boolean coded = false;
            for (JsonNode coding : o.path("code").path("coding")) {
                coded |= coding.path("system").asText().equals(LOINC) && loinc.contains(coding.path("code").asText());
            }
            if (coded && USABLE_OBSERVATION.contains(o.path("status").asText()) && (o.path("valueQuantity").path("value").isNumber()
                    || o.path("valueInteger").isInt())) {
                matching.add(o);
            }
        }
        return matching.stream().max(Comparator.comparing(PrefetchReader::when));
    }

    private static String when(JsonNode observation) {
        return observation.path("effectiveDateTime").asText(observation.path("issued").asText(""));
    }

    private static BigDecimal value(JsonNode observation) {
        return observation.path("valueQuantity").path("value").decimalValue();
    }

    private static Integer integer(JsonNode observation) {
        JsonNode value = observation.path("valueInteger").isInt() ? observation.path("valueInteger") : observation.path("valueQuantity").path("value");
        return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) ? value.asInt() : null;
    }

    /** The calcium unit of a quantity: UCUM mmol/L or mg/dL (by code, else by the printed unit). */
    private static Optional<String> unit(JsonNode observation) {
        JsonNode quantity = observation.path("valueQuantity");
        String unit = quantity.path("code").asText(quantity.path("unit").asText("")).replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "mmol/l" -> Optional.of("mmol-l");
            case "mg/dl" -> Optional.of("mg-dl");
            default -> Optional.empty();
        };
    }

    /** Albumin in the unit the calcium unit pairs with: g/L with mmol/L, g/dL with mg/dL (converting by 10, which is exact). */
    private static Optional<BigDecimal> albumin(JsonNode observation, String calciumUnit) {
        JsonNode quantity = observation.path("valueQuantity");
        String unit = quantity.path("code").asText(quantity.path("unit").asText("")).replace(" ", "").toLowerCase(Locale.ROOT);
        BigDecimal value = value(observation);
        if (unit.equals("g/l")) {
            return Optional.of(calciumUnit.equals("mmol-l") ? value : value.movePointLeft(1));
        }
        if (unit.equals("g/dl")) {
            return Optional.of(calciumUnit.equals("mg-dl") ? value : value.movePointRight(1));
        }
        return Optional.empty();
    }

    private static String describe(JsonNode observation) {
        JsonNode quantity = observation.path("valueQuantity");
        JsonNode coding = observation.path("code").path("coding").path(0);
        String name = observation.path("code").path("text").asText(coding.path("display").asText("LOINC " + coding.path("code").asText()));
        return name + " " + quantity.path("value").asText() + " " + quantity.path("unit").asText(quantity.path("code").asText(""))
                + (when(observation).isEmpty() ? "" : " on " + when(observation));
    }

    private static void medication(PatientRecord record, JsonNode request) {
        String status = request.path("status").asText("active");
        if (!status.equals("active") && !status.equals("on-hold")) {
            return;
        }
        therapy(request).ifPresent(record.therapies::add);
    }

    /** The therapy slug a MedicationRequest names, by its text or a coding's display. */
    static Optional<String> therapy(JsonNode request) {
        StringBuilder text = new StringBuilder(request.path("medicationCodeableConcept").path("text").asText(""));
        request.path("medicationCodeableConcept").path("coding").forEach(c -> text.append(' ').append(c.path("display").asText("")));
        String words = " " + text.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        return Therapies.SLUGS.stream().filter(slug -> words.contains(" " + slug.replace('-', ' ') + " ")).findFirst();
    }
}
