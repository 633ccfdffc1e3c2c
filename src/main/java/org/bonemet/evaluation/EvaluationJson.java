package org.bonemet.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.selection.ProfileField;
import org.bonemet.selection.TreatmentSelector.Candidate;
import org.bonemet.selection.TreatmentSelector.Criterion;
import org.bonemet.selection.TreatmentSelector.Evaluated;
import org.bonemet.selection.TreatmentSelector.Option;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes an evaluation as the JSON of its {@link TreatmentOptions} view, byte for byte, with most of it copied from
 * parts rendered once per catalogue snapshot and language: each treatment's link and modality, each criterion's key,
 * kind, grade, description and source, each reference. Those make up most of an answer of 30 to 50 KB, and escaping
 * and encoding them again for every new profile took half the time of an evaluation. Per profile, only what it
 * decides is written: recommendations, results, inputs, missing fields, alerts and scores.
 */
@ApplicationScoped
class EvaluationJson {

    /** Most answers are 30 to 50 KB: room for them without growing the buffer. */
    private static final int ANSWER_BYTES = 64 * 1024;
    private static final SerializedString NULL = new SerializedString("null");
    private static final SerializedString RECOMMENDATION = new SerializedString("recommendation");
    private static final SerializedString OPEN_CONTRAINDICATIONS = new SerializedString("openContraindications");
    private static final SerializedString CRITERIA = new SerializedString("criteria");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString INPUTS = new SerializedString("inputs");
    private static final SerializedString MISSING = new SerializedString("missing");
    private static final Map<String, SerializedString> PATHS = Arrays.stream(ProfileField.values())
            .collect(Collectors.toUnmodifiableMap(field -> field.path, field -> new SerializedString(field.path)));

    /**
     * The buffer answers are written into, one kept by each thread that writes them: a new one for every answer made
     * (and cleared) 64 KB, a third of what an evaluation allocated.
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(ANSWER_BYTES));

    @Inject
    ObjectMapper mapper;

    private volatile Rendered rendered;

    /** The parts rendered from one snapshot, by language; rendered again once the catalogue has been read again. */
    private record Rendered(Snapshot snapshot, Map<String, Parts> byLanguage) {
    }

    /**
     * JSON text to copy: a treatment's properties before its recommendation, a criterion's before its result (head)
     * and after its missing fields (tail), and each reference. Snapshot records are the keys, by identity: each is one
     * object for the life of the snapshot, and hashing a criterion by value would walk its whole rule.
     */
    private record Parts(Map<Candidate, SerializedString> options, Map<Criterion, SerializedString> heads,
            Map<Criterion, SerializedString> tails, Map<String, SerializedString> references) {
    }

    byte[] write(Evaluation evaluation) throws IOException {
        Parts parts = parts(evaluation);
        // one provider for the answer: the mapper's writeObject would make one for every value it writes
        SerializerProvider values = mapper.getSerializerProviderInstance();
        ByteArrayOutputStream bytes = BUFFER.get();
        bytes.reset();
        try (JsonGenerator json = mapper.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("disclaimer", evaluation.disclaimer());
            json.writeFieldName("alerts");
            values.defaultSerializeValue(evaluation.alerts(), json);
            json.writeFieldName("scores");
            values.defaultSerializeValue(evaluation.scores(), json);
            json.writeArrayFieldStart("options");
            for (Option option : evaluation.options()) {
                json.writeStartObject();
                // the recommendation, never null, follows the copied properties
                json.writeRaw(parts.options().get(option.candidate()));
                json.writeFieldName(RECOMMENDATION);
                json.writeString(option.recommendation());
                strings(json, OPEN_CONTRAINDICATIONS, Evaluation.openContraindications(option));
                json.writeFieldName(CRITERIA);
                json.writeStartArray();
                for (Evaluated criterion : option.criteria()) {
                    criterion(json, criterion, parts, values);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("references");
            for (String reference : evaluation.cited()) {
                json.writeRawValue(parts.references().getOrDefault(reference, NULL));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void criterion(JsonGenerator json, Evaluated e, Parts parts, SerializerProvider values) throws IOException {
        json.writeStartObject();
        // the result, never null, follows the copied head
        json.writeRaw(parts.heads().get(e.criterion()));
        json.writeFieldName(RESULT);
        json.writeString(e.outcome().token);
        json.writeFieldName(INPUTS);
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> input : e.inputs().entrySet()) {
            json.writeFieldName(path(input.getKey()));
            values.defaultSerializeValue(input.getValue(), json);
        }
        json.writeEndObject();
        strings(json, MISSING, e.missing());
        json.writeRaw(parts.tails().get(e.criterion()));
        json.writeEndObject();
    }

    /** A list of profile-field paths or keys as Jackson writes a list property: left out when null. */
    private static void strings(JsonGenerator json, SerializedString name, List<String> strings) throws IOException {
        if (strings != null) {
            json.writeFieldName(name);
            json.writeStartArray();
            for (String s : strings) {
                json.writeString(path(s));
            }
            json.writeEndArray();
        }
    }

    /** A path quoted and encoded once, for the names in inputs and the values of missing (else the string as given). */
    private static SerializedString path(String path) {
        SerializedString quoted = PATHS.get(path);
        return quoted == null ? new SerializedString(path) : quoted;
    }

    private Parts parts(Evaluation evaluation) {
        Rendered current = rendered;
        if (current == null || current.snapshot() != evaluation.snapshot()) {
            current = new Rendered(evaluation.snapshot(), new ConcurrentHashMap<>());
            rendered = current;
        }
        return current.byLanguage().computeIfAbsent(evaluation.lang(), lang -> render(evaluation));
    }

    private Parts render(Evaluation evaluation) {
        Snapshot snapshot = evaluation.snapshot();
        Map<Candidate, SerializedString> options = new IdentityHashMap<>();
        Map<Criterion, SerializedString> heads = new IdentityHashMap<>();
        Map<Criterion, SerializedString> tails = new IdentityHashMap<>();
        Map<String, SerializedString> references = new HashMap<>();
        try {
            for (Candidate candidate : snapshot.candidates()) {
                options.put(candidate, raw(before(properties("treatment", evaluation.link(candidate),
                        "modality", snapshot.modalities().get(candidate.slug())))));
                for (Criterion c : candidate.criteria()) {
                    heads.put(c, raw(before(properties("key", c.key(), "kind", c.kind(), "grade", c.grade(),
                            "description", snapshot.description(candidate, c, evaluation.lang())))));
                    tails.put(c, raw(after(properties("reference", c.reference(), "locator", c.locator(),
                            "evidenceType", c.evidenceType()))));
                }
            }
            for (var reference : snapshot.references().entrySet()) {
                references.put(reference.getKey(), raw(mapper.writeValueAsBytes(reference.getValue())));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The catalogue's texts are strings and cannot fail to serialise", e);
        }
        return new Parts(options, heads, tails, references);
    }

    /** {@code "name":value} pairs, as Jackson writes a record's properties: those with a null value left out. */
    private String properties(Object... namesAndValues) throws JsonProcessingException {
        StringJoiner properties = new StringJoiner(",");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                properties.add(text(namesAndValues[i]) + ":" + text(namesAndValues[i + 1]));
            }
        }
        return properties.toString();
    }

    /**
     * The JSON of a value as the answer's generator writes it: one writing bytes escapes a character outside the Basic
     * Multilingual Plane (an emoji) as two escaped surrogates, where one writing a String would not.
     */
    private String text(Object value) throws JsonProcessingException {
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
