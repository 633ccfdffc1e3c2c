package org.bonemet.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bonemet.evaluation.EvaluationViews.TreatmentOptions;
import org.bonemet.evaluation.SelectionCatalog.Snapshot;
import org.bonemet.selection.Outcome;
import org.bonemet.selection.ProfileField;
import org.bonemet.selection.TreatmentSelector;
import org.bonemet.selection.TreatmentSelector.Evaluated;
import org.bonemet.selection.TreatmentSelector.Option;

import com.fasterxml.jackson.core.JsonGenerator;
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
    /** The strings written most often, quoted and encoded once: profile-field paths, results and recommendations. */
    private static final Map<String, SerializedString> QUOTED = Stream.of(
            Arrays.stream(ProfileField.values()).map(field -> field.path),
            Arrays.stream(Outcome.values()).map(outcome -> outcome.token),
            TreatmentSelector.RECOMMENDATIONS.stream())
            .flatMap(strings -> strings).collect(Collectors.toUnmodifiableMap(s -> s, SerializedString::new));

    /**
     * The buffer answers are written into, one kept by each thread that writes them: a new one for every answer made
     * (and cleared) 64 KB, a third of what an evaluation allocated.
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(ANSWER_BYTES));

    @Inject
    ObjectMapper mapper;

    private volatile Rendered rendered;

    /** The parts rendered from one snapshot, by language; rendered again once the catalogue has been read again. */
    private record Rendered(Snapshot snapshot, Map<String, EvaluationParts> byLanguage) {
    }

    byte[] write(Evaluation evaluation) throws IOException {
        EvaluationParts parts = parts(evaluation);
        // one provider for the answer: the mapper's writeObject would make one for every value it writes
        SerializerProvider serializers = mapper.getSerializerProviderInstance();
        ByteArrayOutputStream bytes = BUFFER.get();
        bytes.reset();
        try (JsonGenerator json = mapper.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("disclaimer", evaluation.disclaimer());
            json.writeFieldName("alerts");
            serializers.defaultSerializeValue(evaluation.alerts(), json);
            json.writeFieldName("scores");
            serializers.defaultSerializeValue(evaluation.scores(), json);
            json.writeArrayFieldStart("options");
            for (Option option : evaluation.options()) {
                json.writeStartObject();
                // the recommendation, never null, follows the copied properties
                json.writeRaw(parts.options().get(option.candidate()));
                json.writeFieldName(RECOMMENDATION);
                json.writeString(quoted(option.recommendation()));
                strings(json, OPEN_CONTRAINDICATIONS, Evaluation.openContraindications(option));
                json.writeFieldName(CRITERIA);
                json.writeStartArray();
                for (Evaluated criterion : option.criteria()) {
                    criterion(json, criterion, parts, serializers);
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

    private static void criterion(JsonGenerator json, Evaluated e, EvaluationParts parts, SerializerProvider serializers)
            throws IOException {
        json.writeStartObject();
        // the result, never null, follows the copied head
        json.writeRaw(parts.heads().get(e.criterion()));
        json.writeFieldName(RESULT);
        json.writeString(quoted(e.outcome().token));
        json.writeFieldName(INPUTS);
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> input : e.inputs().entrySet()) {
            json.writeFieldName(quoted(input.getKey()));
            // what Jackson's serializer for a JsonNode does, without looking the serializer up for every value
            input.getValue().serialize(json, serializers);
        }
        json.writeEndObject();
        strings(json, MISSING, e.missing());
        json.writeRaw(parts.tails().get(e.criterion()));
        json.writeEndObject();
    }

    /** A list of profile-field paths or criterion keys as Jackson writes a list property: left out when null. */
    private static void strings(JsonGenerator json, SerializedString name, List<String> strings) throws IOException {
        if (strings != null) {
            json.writeFieldName(name);
            json.writeStartArray();
            for (String s : strings) {
                json.writeString(quoted(s));
            }
            json.writeEndArray();
        }
    }

    private static SerializedString quoted(String s) {
        SerializedString quoted = QUOTED.get(s);
        return quoted == null ? new SerializedString(s) : quoted;
    }

    private EvaluationParts parts(Evaluation evaluation) {
        Rendered current = rendered;
        if (current == null || current.snapshot() != evaluation.snapshot()) {
            current = new Rendered(evaluation.snapshot(), new ConcurrentHashMap<>());
            rendered = current;
        }
        return current.byLanguage().computeIfAbsent(evaluation.lang(), lang -> EvaluationParts.render(mapper, evaluation));
    }
}
