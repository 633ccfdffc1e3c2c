package org.bonemet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.search.Query;
import org.assertj.core.data.Percentage;
import org.bonemet.content.Languages;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * What search keeps from one query to the next changes no answer. For thousands of texts made of the content's own
 * words with quotes, {@code or} and exclusions, in both languages: the full-text scores summed from each word's kept
 * matches are those of the text as one Lucene Boolean query (MUST groups of SHOULD words or phrases, MUST_NOT
 * exclusions, filtered by language), and every kept snippet is the one the highlighter makes for that query; the
 * same when words are found in too many documents to be kept and the whole query is searched instead.
 */
@QuarkusTest
class KeptSearchWorkTest {

    @Inject
    SearchIndex search;

    @Test
    void keptWordScoresAddUpToTheWholeQuerysScores() throws IOException {
        compareWithTheWholeQuery();
    }

    /** Words found in more documents than are kept are searched as part of the whole query, with the same result. */
    @Test
    void commonWordsAreSearchedWithTheWholeQuery() throws IOException {
        int kept = SearchIndex.keptDocuments;
        SearchIndex.keptDocuments = 3;
        search.current().units().invalidateAll();
        try {
            compareWithTheWholeQuery();
            compareSnippets();
        } finally {
            SearchIndex.keptDocuments = kept;
            search.current().units().invalidateAll();
        }
    }

    private void compareWithTheWholeQuery() throws IOException {
        SearchIndex.Snapshot index = search.current();
        List<String> words = contentWords();
        Random random = new Random(20261205);
        int compared = 0;
        int nonEmpty = 0;
        for (int n = 0; n < 3000; n++) {
            String text = text(random, words);
            for (int round = 0; round < 2; round++) {
                for (String lang : Languages.SUPPORTED) {
                    Map<Integer, Float> expected = new TreeMap<>();
                    Query whole = SearchQuery.whole(SearchQuery.groups(text), lang, SearchIndex.LANG);
                    if (whole != null) {
                        SearchIndex.collect(index.texts(), whole, expected::put);
                    }
                    Map<Integer, Float> actual = new TreeMap<>();
                    SearchIndex.fullText(index, SearchQuery.groups(text), lang, actual::put);
                    if (repeats(text)) {
                        // Lucene merges a repeated group into one clause boosted by the repetitions, which rounds
                        // in the last bit otherwise than adding the group's score as often
                        assertThat(actual.keySet()).as("%s in %s", text, lang).isEqualTo(expected.keySet());
                        expected.forEach((doc, score) -> assertThat(actual.get(doc)).isCloseTo(score, Percentage.withPercentage(1e-4)));
                    } else {
                        assertThat(actual).as("%s in %s", text, lang).isEqualTo(expected);
                    }
                    compared++;
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(compared).isEqualTo(12000);
        assertThat(nonEmpty).as("texts that find something").isGreaterThan(1500);
    }

    private static boolean repeats(String text) {
        List<List<String>> groups = SearchQuery.groups(text).stream()
                .map(group -> group.stream().map(unit -> unit.text().toLowerCase() + unit.excluded()).sorted().toList()).toList();
        return groups.stream().distinct().count() < groups.size();
    }

    @Test
    void keptSnippetsAreTheHighlightersForEachQuery() throws IOException {
        compareSnippets();
    }

    private void compareSnippets() throws IOException {
        List<String> words = contentWords();
        Random random = new Random(5122026);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            String text = text(random, words);
            for (String lang : Languages.SUPPORTED) {
                for (SearchService.Hit hit : search.search(text, null, lang, 1, 20).hits()) {
                    assertThat(hit.snippet()).as("%s in %s: %s", text, lang, hit.slug()).isEqualTo(SearchIndex.snippet(lang, text, hit.summary()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10000);
    }

    /** One to four words of the content, some quoted together, some joined by or, some excluded, some stop words. */
    private static String text(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int units = 1 + random.nextInt(4);
        for (int u = 0; u < units; u++) {
            if (u > 0) {
                text.append(random.nextInt(6) == 0 ? " or " : " ");
            }
            String word = random.nextInt(10) == 0 ? "the" : words.get(random.nextInt(words.size()));
            switch (random.nextInt(8)) {
                case 0 -> text.append('"').append(word).append(' ').append(words.get(random.nextInt(words.size()))).append('"');
                case 1 -> text.append('-').append(word);
                default -> text.append(random.nextBoolean() ? word : word.toUpperCase());
            }
        }
        return text.toString();
    }

    private static List<String> contentWords() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        Pattern word = Pattern.compile("[\\p{L}]{3,}");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher m = word.matcher(Files.readString(file));
                while (m.find()) {
                    words.add(m.group().toLowerCase());
                }
            }
        }
        return new ArrayList<>(words);
    }
}
