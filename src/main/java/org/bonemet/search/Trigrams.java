package org.bonemet.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typo tolerance as PostgreSQL's pg_trgm measures it, so that a misspelt name finds its entry the way it always has.
 * A word is a run of letters and digits; its trigrams are those of the word with two spaces before and one after
 * ({@code "  word "}). {@link #similarity} is the share of trigrams two texts have in common;
 * {@link #wordSimilarity} is the best similarity between the query and any stretch of the other text, so that a
 * query matches a part of a longer name (pg_trgm's {@code word_similarity}, ported from its {@code
 * iterate_word_similarity}).
 */
final class Trigrams {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Character, String> LETTERS = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l",
            'đ', "d", 'ð', "d", 'þ', "th", 'ı', "i");

    private Trigrams() {
    }

    /** Lower case without accents (ä -> a, ß -> ss), as names and queries are compared. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("").toCharArray()) {
            String replacement = LETTERS.get(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }

    /** The trigrams of a normalised text in order of appearance, repeats included. */
    static List<String> ordered(String text) {
        List<String> trigrams = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String padded = "  " + text.substring(i, end) + " ";
            for (int t = 0; t + 3 <= padded.length(); t++) {
                trigrams.add(padded.substring(t, t + 3));
            }
            i = end;
        }
        return trigrams;
    }

    /** The distinct trigrams of a normalised text, sorted. */
    static String[] distinct(String text) {
        return ordered(text).stream().distinct().sorted().toArray(String[]::new);
    }

    /** Shared trigrams over all trigrams of either text (pg_trgm {@code similarity}). */
    static float similarity(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0f;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            int cmp = a[i].compareTo(b[j]);
            if (cmp == 0) {
                common++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return similarity(common, a.length, b.length);
    }

    /** The similarity of two texts with {@code a} and {@code b} distinct trigrams, {@code common} of them shared. */
    static float similarity(int common, int a, int b) {
        return (float) common / (a + b - common);
    }

    /**
     * The greatest similarity between the query's trigrams and any continuous stretch of the text's trigrams
     * (pg_trgm {@code word_similarity(query, text)}, non-strict).
     */
    static float wordSimilarity(String[] query, List<String> text) {
        Map<String, Integer> ids = new HashMap<>();
        for (String trigram : query) {
            ids.putIfAbsent(trigram, ids.size());
        }
        int queryCount = ids.size();
        int[] positions = new int[text.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = ids.computeIfAbsent(text.get(i), k -> ids.size());
        }
        boolean[] found = new boolean[ids.size()];
        Arrays.fill(found, 0, queryCount, true);
        return wordSimilarity(queryCount, found, positions);
    }

    /**
     * The same on numbered trigrams: {@code text} gives each position's trigram as a number below
     * {@code found.length}, and {@code found} says which of them the query has ({@code queryCount} distinct ones).
     */
    static float wordSimilarity(int queryCount, boolean[] found, int[] text) {
        if (queryCount == 0 || text.length == 0) {
            return 0f;
        }
        int[] lastPosition = new int[found.length];
        Arrays.fill(lastPosition, -1);
        int lower = -1;
        int count = 0;
        int textCount = 0;
        float best = 0f;
        for (int i = 0; i < text.length; i++) {
            int trigram = text[i];
            if (lower >= 0 || found[trigram]) {
                if (lastPosition[trigram] < 0) {
                    textCount++;
                    if (found[trigram]) {
                        count++;
                    }
                }
                lastPosition[trigram] = i;
            }
            if (!found[trigram]) {
                continue;
            }
            if (lower == -1) {
                lower = i;
                textCount = 1;
            }
            float current = ratio(count, queryCount, textCount);
            // moving the lower bound up may raise the similarity
            int tryCount = count;
            int tryTextCount = textCount;
            int previousLower = lower;
            for (int tryLower = lower; tryLower <= i; tryLower++) {
                float candidate = ratio(tryCount, queryCount, tryTextCount);
                if (candidate > current) {
                    current = candidate;
                    textCount = tryTextCount;
                    lower = tryLower;
                    count = tryCount;
                }
                int dropped = text[tryLower];
                if (lastPosition[dropped] == tryLower) {
                    tryTextCount--;
                    if (found[dropped]) {
                        tryCount--;
                    }
                }
            }
            best = Math.max(best, current);
            for (int dropped = previousLower; dropped < lower; dropped++) {
                if (lastPosition[text[dropped]] == dropped) {
                    lastPosition[text[dropped]] = -1;
                }
            }
        }
        return best;
    }

    private static float ratio(int count, int queryCount, int textCount) {
        return (float) count / (queryCount + textCount - count);
    }
}
