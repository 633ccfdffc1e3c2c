package org.bonemet.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.selection.TreatmentSelector.Candidate;
import org.bonemet.selection.TreatmentSelector.Criterion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of an evaluation's answer that comes from the content, rendered once per catalogue snapshot and language
 * for {@link EvaluationJson} to copy: a treatment's properties before its recommendation, a criterion's before its
 * result (head) and after its missing fields (tail), and each reference. Snapshot records are the keys, by identity:
 * each is one object for the life of the snapshot, and hashing a criterion by value would walk its whole rule.
 */
record EvaluationParts(Map<Candidate, SerializedString> options, Map<Criterion, SerializedString> heads,
        Map<Criterion, SerializedString> tails, Map<String, SerializedString> references) {

    static EvaluationParts render(ObjectMapper mapper, Evaluation evaluation) {
        Snapshot snapshot = evaluation.snapshot();
        Map<Candidate, SerializedString> options = new IdentityHashMap<>();
        Map<Criterion, SerializedString> heads = new IdentityHashMap<>();
        Map<Criterion, SerializedString> tails = new IdentityHashMap<>();
        Map<String, SerializedString> references = new HashMap<>();
        try {
            for (Candidate candidate : snapshot.candidates()) {
                options.put(candidate, raw(before(properties(mapper, "treatment", evaluation.link(candidate),
                        "modality", snapshot.modalities().get(candidate.slug())))));
                for (Criterion c : candidate.criteria()) {
                    heads.put(c, raw(before(properties(mapper, "key", c.key(), "kind", c.kind(), "grade", c.grade(),
                            "description", snapshot.description(candidate, c, evaluation.lang())))));
                    tails.put(c, raw(after(properties(mapper, "reference", c.reference(), "locator", c.locator(),
                            "evidenceType", c.evidenceType()))));
                }
            }
            for (var reference : snapshot.references().entrySet()) {
                references.put(reference.getKey(), raw(mapper.writeValueAsBytes(reference.getValue())));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The catalogue's texts are strings and cannot fail to serialise", e);
        }
        return new EvaluationParts(options, heads, tails, references);
    }

    /** {@code "name":value} pairs, as Jackson writes a record's properties: those with a null value left out. */
    private static String properties(ObjectMapper mapper, Object... namesAndValues) throws JsonProcessingException {
        StringJoiner properties = new StringJoiner(",");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                properties.add(text(mapper, namesAndValues[i]) + ":" + text(mapper, namesAndValues[i + 1]));
            }
        }
        return properties.toString();
    }

    /**
     * The JSON of a value as the answer's generator writes it: one writing bytes escapes a character outside the Basic
     * Multilingual Plane (an emoji) as two escaped surrogates, where one writing a String would not.
     */
    private static String text(ObjectMapper mapper, Object value) throws JsonProcessingException {
        return new String(mapper.writeValueAsBytes(value), StandardCharsets.UTF_8);
    }

    private static String before(String properties) {
        return properties.isEmpty() ? "" : properties + ",";
    }

    private static String after(String properties) {
        return properties.isEmpty() ? "" : "," + properties;
    }

    private static SerializedString raw(byte[] json) {
        return raw(new String(json, StandardCharsets.UTF_8));
    }

    /** JSON text whose UTF-8 bytes are copied as they are; encoded now, not at the first answer. */
    private static SerializedString raw(String json) {
        SerializedString raw = new SerializedString(json);
        raw.asUnquotedUTF8();
        return raw;
    }
}
