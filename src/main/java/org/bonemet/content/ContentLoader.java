package org.bonemet.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bonemet.content.ContentDocument.File;
import org.bonemet.content.ContentDocument.Item;
import org.bonemet.content.ContentDocument.Manifest;
import org.bonemet.content.ContentDocument.ReferenceDoc;
import org.bonemet.content.ContentDocument.ReferenceFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the curated content files listed in {@code content/manifest.yaml}, validates them as a whole and
 * writes them in the caller's transaction. Nothing is written when anything is invalid.
 */
public final class ContentLoader {

    static final String BASE = "content/";
    private static final String MANIFEST = "manifest.yaml";

    public record Content(List<ReferenceDoc> references, Map<Collection, List<Item>> items) {
    }

    public static final class InvalidContentException extends RuntimeException {
        public final List<String> problems;

        InvalidContentException(List<String> problems) {
            super("The content files are invalid:\n  " + String.join("\n  ", problems));
            this.problems = problems;
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
        Map<Collection, List<Item>> items = new EnumMap<>(Collection.class);
        for (String name : parse(base, MANIFEST, Manifest.class).files()) {
            if (name.equals("references.yaml")) {
                references.addAll(parse(base, name, ReferenceFile.class).items());
                continue;
            }
            File file = parse(base, name, File.class);
            Collection collection = Collection.byPath(file.collection())
                    .orElseThrow(() -> new InvalidContentException(List.of(name + ": unknown collection '" + file.collection() + "'")));
            items.computeIfAbsent(collection, c -> new ArrayList<>()).addAll(file.items());
        }
        Content content = new Content(references, items);
        List<String> problems = validate(content);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return content;
    }

    /** Every problem of a knowledge base, each as "collection/slug: message". */
    public static List<String> validate(Content content) {
        return new ContentValidator(content.references(), content.items()).validate();
    }

    static Manifest manifest() {
        return parse(BASE, MANIFEST, Manifest.class);
    }

    /** Reads, validates and inserts the whole knowledge base. */
    public static void load(Connection connection) throws SQLException {
        new ContentWriter(connection).write(read());
    }

    /**
     * Records the loaded knowledge base as the first published revision of every entry, the German texts
     * inside each item's document, so that editing and the change feed start from it.
     */
    public static void recordInitialRevisions(Connection connection) throws SQLException {
        Content content = read();
        var german = Translation.documents("de");
        for (ReferenceDoc ref : content.references()) {
            recordInitial(connection, "references", ref.slug(), SourceDocuments.tree(ref));
        }
        for (var entry : content.items().entrySet()) {
            for (Item item : entry.getValue()) {
                ObjectNode document = (ObjectNode) SourceDocuments.tree(item);
                var translation = german.getOrDefault(entry.getKey(), Map.of()).get(item.slug());
                if (translation != null) {
                    document.putObject("translations").set("de", SourceDocuments.tree(translation));
                }
                recordInitial(connection, entry.getKey().path, item.slug(), document);
            }
        }
    }

    private static void recordInitial(Connection connection, String collection, String slug, JsonNode document) throws SQLException {
        String json = SourceDocuments.text(document);
        for (String sql : List.of("INSERT INTO published_document (collection, slug, version, document) VALUES (?, ?, 1, ?::jsonb)",
                "INSERT INTO revision (collection, slug, number, action, document, author) VALUES (?, ?, 1, 'created', ?::jsonb, '"
                        + INITIAL_AUTHOR + "')")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, collection);
                statement.setString(2, slug);
                statement.setString(3, json);
                statement.executeUpdate();
            }
        }
    }

    /** The author of the first revisions: the curated files in the repository. */
    public static final String INITIAL_AUTHOR = "content-files";

    private static <T> T parse(String base, String name, Class<T> type) {
        return YamlResource.read(base + name, type)
                .orElseThrow(() -> new InvalidContentException(List.of(name + ": file not found under " + base)));
    }
}
