package org.bonemet.collection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bonemet.content.ContentItem;
import org.bonemet.content.ListEnvelope;
import org.bonemet.content.PageRequest;
import org.bonemet.content.Relation;
import org.bonemet.content.RequestLanguage;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.SourceDocuments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.core.UriInfo;

/**
 * The registered content collections, in the order of {@code META-INF/services/org.bonemet.collection.ContentCollection}
 * (the order the index lists them in). Each feature package registers its own; this kernel names none.
 */
public final class ContentCollections {

    private static final List<ContentCollection> ALL = ServiceLoader.load(ContentCollection.class, ContentCollections.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private static final Set<String> FIELD_NAMES = ALL.stream().flatMap(c -> SourceDocuments.fieldNames(c.fieldsType()).stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Maps keyed by collection iterate in registration order. */
    public static final Comparator<ContentCollection> ORDER = Comparator.comparingInt(ALL::indexOf);

    private ContentCollections() {
    }

    public static List<ContentCollection> all() {
        return ALL;
    }

    /**
     * Reads an entry of {@code collection} from its JSON document: the common fields and the collection's own. A field
     * of another collection is misplaced (the validator names it), a field no collection has is unknown.
     */
    public static Item read(ContentCollection collection, JsonNode document) throws JsonProcessingException {
        return SourceDocuments.item(collection.fieldsType(), FIELD_NAMES, document);
    }

    /** An entry this service stored itself, which always matches its collection's schema. */
    public static Item stored(ContentCollection collection, JsonNode document) {
        try {
            return read(collection, document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document does not match its schema", e);
        }
    }

    public static Optional<ContentCollection> byPath(String path) {
        return ALL.stream().filter(c -> c.path().equals(path)).findFirst();
    }

    public static ContentCollection of(String path) {
        return byPath(path).orElseThrow(() -> new IllegalArgumentException("no collection " + path));
    }

    /** An empty map that iterates in registration order. */
    public static <V> Map<ContentCollection, V> newMap() {
        return new TreeMap<>(ORDER);
    }

    /** A copy that iterates in registration order. */
    public static <V> Map<ContentCollection, V> copyOf(Map<ContentCollection, V> map) {
        Map<ContentCollection, V> copy = newMap();
        copy.putAll(map);
        return copy;
    }

    /** A page of the entries of the collection at {@code path} linked to {@code item}, each as that collection's list view. */
    public static ListEnvelope<Object> related(ContentItem item, String path, PageRequest request, RequestLanguage lang, UriInfo uri) {
        ContentCollection collection = of(path);
        return ListEnvelope.ofAll(Relation.related(item, path), request, linked -> collection.summary(linked, lang), uri);
    }
}
