package org.bonemet.content;

import java.sql.Connection;
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
        List<String> problems = new ContentValidator(references, items).validate();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new Content(references, items);
    }

    static Manifest manifest() {
        return parse(BASE, MANIFEST, Manifest.class);
    }

    /** Reads, validates and inserts the whole knowledge base. */
    public static void load(Connection connection) throws SQLException {
        new ContentWriter(connection).write(read());
    }

    private static <T> T parse(String base, String name, Class<T> type) {
        return YamlResource.read(base + name, type)
                .orElseThrow(() -> new InvalidContentException(List.of(name + ": file not found under " + base)));
    }
}
