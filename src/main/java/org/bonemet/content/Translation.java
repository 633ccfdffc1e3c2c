package org.bonemet.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a translation of the published content from {@code content/<lang>/<file>}: texts only, keyed by slug,
 * with statements in the same sections, number and order as the original so that each keeps its source.
 * Everything is checked against the stored original first; nothing is written when anything does not match.
 */
public final class Translation {

    record File(String collection, String lang, List<Item> items) {
    }

    record Item(String slug, String name, String summary, String details, List<String> synonyms,
            Map<String, List<String>> sections, Map<String, String> criteria) {

        ContentDocument.TranslationDoc doc() {
            return new ContentDocument.TranslationDoc(name, summary, details, synonyms, sections, criteria);
        }
    }

    /** The translated files of {@code lang} by collection, as documents keyed by slug; none is checked here. */
    static Map<Collection, Map<String, ContentDocument.TranslationDoc>> documents(String lang) {
        Map<Collection, Map<String, ContentDocument.TranslationDoc>> documents = new java.util.EnumMap<>(Collection.class);
        files(lang).forEach(file -> file.items().forEach(item -> documents.computeIfAbsent(Collection.byPath(file.collection())
                .orElseThrow(), c -> new HashMap<>()).put(item.slug(), item.doc())));
        return documents;
    }

    /** The translated files of {@code lang} that exist, in manifest order (references are not translated). */
    private static List<File> files(String lang) {
        List<File> files = new ArrayList<>();
        for (String name : ContentLoader.manifest().files()) {
            if (!name.equals("references.yaml")) {
                YamlResource.read(ContentLoader.BASE + lang + "/" + name, File.class).ifPresent(files::add);
            }
        }
        return files;
    }

    private final Connection connection;
    private final String lang;
    private final List<String> problems = new ArrayList<>();

    private Translation(Connection connection, String lang) {
        this.connection = connection;
        this.lang = lang;
    }

    /** Loads every translated file of the manifest for {@code lang}. */
    public static void load(Connection connection, String lang) throws SQLException {
        Translation translation = new Translation(connection, lang);
        List<File> files = files(lang);
        for (File file : files) {
            translation.check(file);
        }
        if (!translation.problems.isEmpty()) {
            throw new ContentLoader.InvalidContentException(translation.problems);
        }
        for (File file : files) {
            for (Item item : file.items()) {
                translation.write(file.collection(), item);
            }
        }
    }

    private void check(File file) throws SQLException {
        if (!lang.equals(file.lang()) || Collection.byPath(file.collection()).isEmpty()) {
            problems.add(lang + "/" + file.collection() + ": wrong lang or collection");
            return;
        }
        for (Item item : file.items()) {
            String where = lang + "/" + file.collection() + "/" + item.slug() + ": ";
            Long id = itemId(file.collection(), item.slug());
            if (id == null) {
                problems.add(where + "no such item in the original");
                continue;
            }
            if (blank(item.name()) || blank(item.summary()) || blank(item.details())) {
                problems.add(where + "name, summary and details are required");
            }
            compare(sectionSizes(id), item.sections(), criterionKeys(id), item.criteria(), message -> problems.add(where + message));
        }
    }

    /**
     * A translation has as many statements per section as the original, no section the original lacks, a
     * description for every criterion and none for an unknown one; each difference is reported to {@code problem}.
     */
    static void compare(Map<String, Integer> original, Map<String, List<String>> translatedSections, List<String> criterionKeys,
            Map<String, String> translatedCriteria, java.util.function.Consumer<String> problem) {
        Map<String, List<String>> sections = translatedSections == null ? Map.of() : translatedSections;
        original.forEach((section, size) -> {
            int translated = sections.getOrDefault(section, List.of()).size();
            if (translated != size) {
                problem.accept("section " + section + " has " + translated + " statements, the original " + size);
            }
        });
        sections.keySet().stream().filter(s -> !original.containsKey(s) && !sections.get(s).isEmpty())
                .forEach(s -> problem.accept("section " + s + " does not exist in the original"));
        Map<String, String> criteria = translatedCriteria == null ? Map.of() : translatedCriteria;
        criterionKeys.stream().filter(k -> blank(criteria.get(k))).forEach(k -> problem.accept("criterion " + k + " has no description"));
        criteria.keySet().stream().filter(k -> !criterionKeys.contains(k)).forEach(k -> problem.accept("unknown criterion " + k));
    }

    private void write(String collection, Item item) throws SQLException {
        write(connection, itemId(collection, item.slug()), lang, item.doc());
    }

    /** Writes the texts of one item in {@code lang}; its English statements and criteria must be stored already. */
    static void write(Connection connection, long id, String lang, ContentDocument.TranslationDoc item) throws SQLException {
        update(connection, "INSERT INTO content_text (item_id, lang, name, summary, details) VALUES (?, ?, ?, ?, ?)",
                id, lang, item.name().strip(), item.summary().strip(), item.details().strip());
        List<String> synonyms = item.synonyms() == null ? List.of() : item.synonyms();
        for (int i = 0; i < synonyms.size(); i++) {
            update(connection, "INSERT INTO content_synonym (item_id, lang, position, text) VALUES (?, ?, ?, ?)",
                    id, lang, i, synonyms.get(i));
        }
        if (item.sections() != null) {
            for (var section : item.sections().entrySet()) {
                for (int i = 0; i < section.getValue().size(); i++) {
                    update(connection, "INSERT INTO content_statement (item_id, lang, section, position, text, reference_id)"
                            + " SELECT item_id, ?, section, position, ?, reference_id FROM content_statement"
                            + " WHERE item_id = ? AND lang = 'en' AND section = ? AND position = ?",
                            lang, section.getValue().get(i).strip(), id, section.getKey(), i);
                }
            }
        }
        if (item.criteria() != null) {
            for (var criterion : item.criteria().entrySet()) {
                update(connection, "INSERT INTO selection_criterion_text (criterion_id, lang, description)"
                        + " SELECT id, ?, ? FROM selection_criterion WHERE treatment_id = ? AND key = ?",
                        lang, criterion.getValue().strip(), id, criterion.getKey());
            }
        }
    }

    private Long itemId(String collection, String slug) throws SQLException {
        List<Object[]> rows = query("SELECT id FROM content_item WHERE collection = ? AND slug = ?", collection, slug);
        return rows.isEmpty() ? null : (Long) rows.get(0)[0];
    }

    private Map<String, Integer> sectionSizes(long id) throws SQLException {
        Map<String, Integer> sizes = new HashMap<>();
        for (Object[] row : query("SELECT section, count(*)::int FROM content_statement WHERE item_id = ? AND lang = 'en' GROUP BY section", id)) {
            sizes.put((String) row[0], (Integer) row[1]);
        }
        return sizes;
    }

    private List<String> criterionKeys(long id) throws SQLException {
        return query("SELECT key FROM selection_criterion WHERE treatment_id = ?", id).stream().map(r -> (String) r[0]).toList();
    }

    private List<Object[]> query(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[rs.getMetaData().getColumnCount()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
