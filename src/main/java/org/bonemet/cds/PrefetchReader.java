package org.bonemet.cds;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
                case "conditions" -> record.resources(key, value, Set.of("Condition")).forEach(c -> condition(record, c, codes));
                case "observations" -> observations(record, record.resources(key, value, Set.of("Observation")));
                case "medications" -> record.resources(key, value, Set.of("MedicationRequest")).forEach(m -> medication(record, m));
                case "patient" -> record.resources(key, value, Set.of("Patient"));
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

    /**
     * Calcium from the newest result: a corrected value, or a total value corrected with an albumin of the same
     * day or the day before. Whatever cannot be used (unit not understood, no albumin to correct with) is said.
     */
    private static void observations(PatientRecord record, List<JsonNode> observations) {
        Optional<JsonNode> corrected = newest(observations, PatientRecord.CORRECTED_CALCIUM);
        Optional<JsonNode> total = newest(observations, PatientRecord.TOTAL_CALCIUM);
        Optional<JsonNode> albumin = newest(observations, PatientRecord.ALBUMIN);
        boolean totalIsNewer = total.isPresent() && (corrected.isEmpty() || when(total.get()).isAfter(when(corrected.get())));
        if (corrected.isPresent() && !totalIsNewer) {
            JsonNode o = corrected.get();
            unit(o).ifPresentOrElse(unit -> {
                record.profile.putObject("correctedCalcium").put("value", value(o)).put("unit", unit);
                record.sources.add(new PatientRecord.Source("correctedCalcium", describe(o)));
            }, () -> record.unreadable.add("corrected calcium (unit '" + printedUnit(o) + "' not understood)"));
        } else if (totalIsNewer) {
            JsonNode calcium = total.get();
            Optional<String> unit = unit(calcium);
            Optional<JsonNode> sameTime = albumin.filter(a -> Math.abs(Duration.between(when(a), when(calcium)).toHours()) <= 48);
            Optional<BigDecimal> alb = unit.flatMap(u -> sameTime.flatMap(a -> albumin(a, u)));
            if (unit.isEmpty()) {
                record.unreadable.add("total calcium (unit '" + printedUnit(calcium) + "' not understood)");
            } else if (alb.isEmpty()) {
                record.unreadable.add("total calcium " + describe(calcium) + " (no albumin within 48 hours to correct it with)");
            } else {
                record.profile.putObject("scoreInputs").putObject("corrected-calcium").put("calcium", value(calcium)).put("albumin", alb.get())
                        .put("unit", unit.get());
                record.sources.add(new PatientRecord.Source("correctedCalcium", "corrected for albumin from " + describe(calcium) + " and "
                        + describe(sameTime.get())));
            }
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

    /** When the result was taken: effective[x], else issued; a result without a time counts as the oldest. */
    static Instant when(JsonNode observation) {
        for (String text : List.of(observation.path("effectiveDateTime").asText(""), observation.path("effectiveInstant").asText(""),
                observation.path("effectivePeriod").path("end").asText(""), observation.path("effectivePeriod").path("start").asText(""),
                observation.path("issued").asText(""))) {
            Optional<Instant> instant = instant(text);
            if (instant.isPresent()) {
                return instant.get();
            }
        }
        return Instant.EPOCH;
    }

    /** A FHIR dateTime or date; a date alone is read as the start of that day in UTC. */
    private static Optional<Instant> instant(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static BigDecimal value(JsonNode observation) {
        return observation.path("valueQuantity").path("value").decimalValue();
    }

    private static Integer integer(JsonNode observation) {
        JsonNode value = observation.path("valueInteger").isInt() ? observation.path("valueInteger") : observation.path("valueQuantity").path("value");
        return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) ? value.asInt() : null;
    }

    /** The calcium unit of a quantity: UCUM mmol/L or mg/dL, by its code, else by its printed unit. */
    private static Optional<String> unit(JsonNode observation) {
        JsonNode quantity = observation.path("valueQuantity");
        for (String text : List.of(quantity.path("code").asText(""), quantity.path("unit").asText(""))) {
            switch (text.replace(" ", "").toLowerCase(Locale.ROOT)) {
                case "mmol/l":
                    return Optional.of("mmol-l");
                case "mg/dl":
                    return Optional.of("mg-dl");
                default:
            }
        }
        return Optional.empty();
    }

    private static String printedUnit(JsonNode observation) {
        return observation.path("valueQuantity").path("unit").asText(observation.path("valueQuantity").path("code").asText(""));
    }

    /** Albumin in the unit the calcium unit pairs with: g/L with mmol/L, g/dL with mg/dL (converting by 10, which is exact). */
    private static Optional<BigDecimal> albumin(JsonNode observation, String calciumUnit) {
        JsonNode quantity = observation.path("valueQuantity");
        String code = quantity.path("code").asText("").replace(" ", "").toLowerCase(Locale.ROOT);
        String unit = code.equals("g/l") || code.equals("g/dl") ? code : quantity.path("unit").asText("").replace(" ", "").toLowerCase(Locale.ROOT);
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
        Instant when = when(observation);
        return name + " " + quantity.path("value").asText() + " " + quantity.path("unit").asText(quantity.path("code").asText(""))
                + (when.equals(Instant.EPOCH) ? " (no date)" : " on " + when);
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
