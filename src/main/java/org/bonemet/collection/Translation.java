package org.bonemet.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bonemet.content.YamlResource;
import org.bonemet.document.ContentDocument;

/**
 * A translation of the curated content from {@code content/<lang>/<file>}: texts only, keyed by slug, with
 * statements in the same sections, number and order as the original so that each keeps its source, locator and
 * evidence type. The validator checks it with the original it belongs to; the writer stores it beside it.
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
    static Map<String, Map<String, ContentDocument.TranslationDoc>> documents(String lang) {
        Map<String, Map<String, ContentDocument.TranslationDoc>> documents = new HashMap<>();
        files(lang).forEach(file -> file.items().forEach(item -> documents.computeIfAbsent(file.collection(), c -> new HashMap<>())
                .put(item.slug(), item.doc())));
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

    /** Writes the common texts of one item in {@code lang}; its English statements must be stored already. */
    static void write(Rows rows, long id, String lang, ContentDocument.TranslationDoc item) {
        rows.execute("INSERT INTO content_text (item_id, lang, name, summary, details) VALUES (?, ?, ?, ?, ?)",
                id, lang, item.name().strip(), item.summary().strip(), item.details().strip());
        List<String> synonyms = item.synonyms() == null ? List.of() : item.synonyms();
        for (int i = 0; i < synonyms.size(); i++) {
            rows.execute("INSERT INTO content_synonym (item_id, lang, position, text) VALUES (?, ?, ?, ?)",
                    id, lang, i, synonyms.get(i));
        }
        if (item.sections() != null) {
            for (var section : item.sections().entrySet()) {
                for (int i = 0; i < section.getValue().size(); i++) {
                    rows.execute("INSERT INTO content_statement (item_id, lang, section, position, text, reference_id, locator,"
                            + " evidence_type) SELECT item_id, ?, section, position, ?, reference_id, locator, evidence_type FROM content_statement"
                            + " WHERE item_id = ? AND lang = 'en' AND section = ? AND position = ?",
                            lang, section.getValue().get(i).strip(), id, section.getKey(), i);
                }
            }
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /**
     * The numbers of a text and of its translation must be the same (decimal and thousands separators aside): a
     * translation that drops, adds or changes a figure is refused. Returns what differs.
     */
    static Optional<String> sameNumbers(String original, String translated) {
        List<String> expected = numbers(original);
        List<String> found = numbers(translated);
        return expected.equals(found) ? Optional.empty()
                : Optional.of("the translation's numbers " + found + " differ from the original's " + expected);
    }

    private static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        if (text != null) {
            Matcher matcher = NUMBER.matcher(text);
            while (matcher.find()) {
                numbers.add(matcher.group().replace(',', '.'));
            }
        }
        numbers.sort(null);
        return numbers;
    }


    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
