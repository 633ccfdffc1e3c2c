package org.bonemet.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.YamlResource;
import org.bonemet.document.ContentDocument.File;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.Manifest;
import org.bonemet.document.ContentDocument.ReferenceDoc;
import org.bonemet.document.ContentDocument.ReferenceFile;
import org.bonemet.document.SourceDocuments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the curated content files listed in {@code content/manifest.yaml}, validates them as a whole and
 * writes them in the caller's transaction. Nothing is written when anything is invalid.
 */
public final class ContentLoader {

    static final String BASE = "content/";
    public static final String REFERENCES = "references";
    private static final String MANIFEST = "manifest.yaml";

    public record Content(List<ReferenceDoc> references, Map<ContentCollection, List<Item>> items) {

        /** This knowledge base with one entry replaced, added, or removed when {@code document} is null. */
        public Content with(String collection, String slug, JsonNode document) {
            if (REFERENCES.equals(collection)) {
                List<ReferenceDoc> kept = new ArrayList<>(references.stream().filter(r -> !r.slug().equals(slug)).toList());
                if (document != null) {
                    kept.add(SourceDocuments.storedReference(document));
                }
                return new Content(kept, items);
            }
            ContentCollection type = ContentCollections.of(collection);
            Map<ContentCollection, List<Item>> all = ContentCollections.copyOf(items);
            List<Item> list = new ArrayList<>(all.getOrDefault(type, List.of()).stream().filter(i -> !i.slug().equals(slug)).toList());
            if (document != null) {
                list.add(ContentCollections.stored(type, document));
            }
            all.put(type, list);
            return new Content(references, all);
        }
    }

    public static final class InvalidContentException extends RuntimeException {
        public final List<FieldError> errors;
        /** Each problem as one line, "collection/slug: message". */
        public final List<String> problems;

        public InvalidContentException(List<FieldError> errors) {
            this(errors, Problems.lines(errors));
        }

        private InvalidContentException(List<FieldError> errors, List<String> problems) {
            super("The content files are invalid:\n  " + String.join("\n  ", problems));
            this.errors = errors;
            this.problems = problems;
        }

        /** A problem that concerns a whole file rather than an entry. */
        public static InvalidContentException of(String where, String message) {
            return new InvalidContentException(List.of(new FieldError(where, message)));
        }
    }

    private ContentLoader() {
    }

    /** Reads and validates every file of the manifest. */
    public static Content read() {
        return read(BASE);
    }

    static Content read(String base) {
        List<ReferenceDoc> references = new ArrayList<>();
        Map<ContentCollection, List<Item>> items = ContentCollections.newMap();
        for (String name : parse(base, MANIFEST, Manifest.class).files()) {
            if (name.equals("references.yaml")) {
                references.addAll(parse(base, name, ReferenceFile.class).items());
                continue;
            }
            File file = parse(base, name, File.class);
            ContentCollection collection = ContentCollections.byPath(file.collection())
                    .orElseThrow(() -> InvalidContentException.of(name, "unknown collection '" + file.collection() + "'"));
            List<Item> list = items.computeIfAbsent(collection, c -> new ArrayList<>());
            for (JsonNode item : file.items()) {
                try {
                    list.add(ContentCollections.read(collection, item));
                } catch (JsonProcessingException e) {
                    throw InvalidContentException.of(name, e.getOriginalMessage() + " in " + item.path("slug").asText("an item"));
                }
            }
        }
        Content content = new Content(references, items);
        List<FieldError> problems = validate(content);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return content;
    }

    /** Every problem of a knowledge base, each naming its entry ("collection/slug") and what is wrong. */
    public static List<FieldError> validate(Content content) {
        return new ContentValidator(content.references(), content.items()).validate();
    }

    public static Manifest manifest() {
        return parse(BASE, MANIFEST, Manifest.class);
    }

    /**
     * The source document of every entry of the release, as editors and the revision history see them: the German
     * texts of {@code content/de/} inside each item's {@code translations}. References come first, then the
     * collections in manifest order, so that everything an entry cites or names is listed before it.
     */
    public static Map<String, Map<String, JsonNode>> documents(Content content) {
        var german = Translation.documents("de");
        Map<String, Map<String, JsonNode>> documents = new LinkedHashMap<>();
        Map<String, JsonNode> references = new LinkedHashMap<>();
        content.references().forEach(ref -> references.put(ref.slug(), SourceDocuments.tree(ref)));
        documents.put(REFERENCES, references);
        for (var entry : content.items().entrySet()) {
            Map<String, JsonNode> items = new LinkedHashMap<>();
            for (Item item : entry.getValue()) {
                ObjectNode document = (ObjectNode) SourceDocuments.tree(item);
                var translation = german.getOrDefault(entry.getKey().path(), Map.of()).get(item.slug());
                if (translation != null) {
                    document.putObject("translations").set("de", SourceDocuments.tree(translation));
                }
                items.put(item.slug(), document);
            }
            documents.put(entry.getKey().path(), items);
        }
        return documents;
    }

    /** The author of every revision the curated files make: the repository's content, reviewed before its release. */
    public static final String RELEASE_AUTHOR = "content-files";

    private static <T> T parse(String base, String name, Class<T> type) {
        return YamlResource.read(base + name, type)
                .orElseThrow(() -> InvalidContentException.of(name, "file not found under " + base));
    }
}
