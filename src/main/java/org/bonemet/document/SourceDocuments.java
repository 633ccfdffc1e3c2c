package org.bonemet.document;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.ReferenceDoc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final TypeReference<LinkedHashMap<String, Object>> MEMBERS = new TypeReference<>() {
    };

    private SourceDocuments() {
    }

    public static JsonNode tree(Object document) {
        return JSON.valueToTree(document);
    }

    /**
     * Reads an entry whose collection's own fields are the record {@code fieldsType}: the common fields strictly,
     * the collection's own into that record. A field of another collection (one of {@code allFields}) is set aside
     * for the validator to name ({@link Item#foreign()}); a field no collection has fails as unknown.
     */
    public static Item item(Class<? extends Record> fieldsType, Set<String> allFields, JsonNode document) throws JsonProcessingException {
        if (!document.isObject()) {
            return JSON.treeToValue(document, Item.class);
        }
        ObjectNode common = JSON.createObjectNode();
        ObjectNode own = JSON.createObjectNode();
        Map<String, JsonNode> foreign = new LinkedHashMap<>();
        Set<String> ownNames = fieldNames(fieldsType);
        document.fields().forEachRemaining(member -> {
            String name = member.getKey();
            if (Item.COMMON.contains(name)) {
                common.set(name, member.getValue());
            } else if (ownNames.contains(name) || !allFields.contains(name)) {
                own.set(name, member.getValue());
            } else if (!member.getValue().isNull()) {
                foreign.put(name, member.getValue());
            }
        });
        return JSON.treeToValue(common, Item.class).with(JSON.treeToValue(own, fieldsType), foreign);
    }

    /** The JSON members of a collection's own fields, absent ones left out. */
    static Map<String, Object> members(Record fields) {
        return JSON.convertValue(fields, MEMBERS);
    }

    /** The JSON names of a fields record: its components. */
    public static Set<String> fieldNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static ReferenceDoc reference(JsonNode document) throws JsonProcessingException {
        return JSON.treeToValue(document, ReferenceDoc.class);
    }

    /** A reference this service stored itself, which always matches its schema. */
    public static ReferenceDoc storedReference(JsonNode document) {
        try {
            return reference(document);
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
