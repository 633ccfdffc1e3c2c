package org.bonemet.collection;

import org.bonemet.collection.ContentDocument.Item;
import org.bonemet.collection.ContentDocument.ReferenceDoc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of the source documents, as stored for editors and in the revision history. */
public final class SourceDocuments {

    /** Strict both ways: unknown fields fail, absent values are left out, dates are ISO strings. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private SourceDocuments() {
    }

    public static JsonNode tree(Object document) {
        return JSON.valueToTree(document);
    }

    public static Item item(JsonNode document) throws JsonProcessingException {
        return JSON.treeToValue(document, Item.class);
    }

    public static ReferenceDoc reference(JsonNode document) throws JsonProcessingException {
        return JSON.treeToValue(document, ReferenceDoc.class);
    }

    /** A document this service stored itself, which always matches its schema. */
    public static <T> T stored(JsonNode document, Class<T> type) {
        try {
            return JSON.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document does not match its schema", e);
        }
    }

    public static String text(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document is not JSON", e);
        }
    }
}
