package org.bonemet.editorial;

import java.io.StringReader;

import org.bonemet.document.SourceDocuments;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** RFC 6902 diffs and RFC 7396 merge patches of source documents, computed by JSON-P. */
public final class JsonDiff {

    private JsonDiff() {
    }

    /** What turns {@code from} into {@code to}, as an RFC 6902 JSON Patch (an array of operations). */
    public static JsonNode diff(JsonNode from, JsonNode to) {
        return jackson(Json.createDiff(structure(from), structure(to)).toJsonArray());
    }

    /** {@code target} with an RFC 7396 merge patch applied: members set, replaced or removed by null. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        return jackson(Json.createMergePatch(value(patch)).apply(value(target)));
    }

    /** Source documents are JSON objects, so their value is a structure. */
    private static JsonStructure structure(JsonNode node) {
        return (JsonStructure) value(node);
    }

    private static JsonValue value(JsonNode node) {
        try (var reader = Json.createReader(new StringReader(SourceDocuments.text(node)))) {
            return reader.readValue();
        }
    }

    private static JsonNode jackson(JsonValue value) {
        return SourceDocuments.parse(value.toString());
    }
}
