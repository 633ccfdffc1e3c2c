package org.bonemet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bonemet.content.Languages;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A search box's text as queries on one language's fields, with web-search syntax: every word must be found (in
 * any field), {@code "quoted words"} as a phrase, {@code or} between alternatives and {@code -word} to exclude.
 * Anything else is text, never an error. Words are stemmed as the language's texts are, so that "fractures" finds
 * "fracture" and "Knochenschmerzen" finds "Knochenschmerz".
 */
final class SearchQuery {

    static final String NAME = ".name";
    static final String SYNONYM = ".synonym";
    static final String SUMMARY = ".summary";
    static final String CODE = ".code";
    static final String DETAILS = ".details";
    /** Where a word is found weighs, as PostgreSQL's text-search weights A to D did: names, summary, code displays, details. */
    private static final Map<String, Float> WEIGHTS = weights();

    private static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new SnowballFilter(stream, new EnglishStemmer()));
        }
    };
    private static final Analyzer GERMAN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new StopFilter(new LowerCaseFilter(source), GermanAnalyzer.getDefaultStopSet());
            stream = new ASCIIFoldingFilter(new GermanNormalizationFilter(stream));
            return new TokenStreamComponents(source, new GermanLightStemFilter(stream));
        }
    };

    private SearchQuery() {
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(NAME, 1.0f);
        weights.put(SYNONYM, 1.0f);
        weights.put(SUMMARY, 0.4f);
        weights.put(CODE, 0.2f);
        weights.put(DETAILS, 0.1f);
        return weights;
    }

    /** Where a field is in the order of {@link #inEachField}. */
    static int fieldNumber(String field) {
        return List.copyOf(WEIGHTS.keySet()).indexOf(field);
    }

    static Analyzer analyzer(String lang) {
        return "de".equals(lang) ? GERMAN : ENGLISH;
    }

    /** Every language's fields with their language's analyzer. */
    static Analyzer analyzers() {
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String lang : Languages.SUPPORTED) {
            for (String field : WEIGHTS.keySet()) {
                fields.put(lang + field, analyzer(lang));
            }
        }
        return new PerFieldAnalyzerWrapper(ENGLISH, fields);
    }

    /** One unit of the search text: a word or a quoted phrase, possibly excluded. */
    record Unit(String text, boolean excluded) {
    }

    /**
     * The text's groups as one query on {@code lang}'s documents (MUST groups of SHOULD words or phrases, MUST_NOT
     * exclusions), or null when no word of the text is searchable in that language.
     */
    static Query whole(List<List<Unit>> groups, String lang, String langField) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        for (List<Unit> alternatives : groups) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            int clauses = 0;
            for (Unit unit : alternatives) {
                Query fields = fields(unit.text(), lang);
                if (fields == null) {
                    continue;
                }
                if (unit.excluded() && alternatives.size() == 1) {
                    query.add(fields, Occur.MUST_NOT);
                } else if (!unit.excluded()) {
                    either.add(fields, Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses > 0) {
                query.add(either.build(), Occur.MUST);
                positive = true;
            }
        }
        return positive ? query.add(new TermQuery(new Term(langField, lang)), Occur.FILTER).build() : null;
    }

    /** Any of the text's wanted words or phrases in {@code field}: what a highlighter marks in that field. */
    static Query anyIn(String text, String lang, String field) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (List<Unit> alternatives : groups(text)) {
            for (Unit unit : alternatives) {
                Query match = unit.excluded() ? null : match(unit.text(), lang, field);
                if (match != null) {
                    any.add(match, Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /**
     * The text's units, grouped by {@code or}: every group must match (a group of one excluded unit must not), any
     * unit of a group will do, and an entry's score is the sum of its groups' scores, each the sum of its matching
     * units' (as a Boolean query of MUST groups of SHOULD units scores). Units without a searchable word count for
     * nothing.
     */
    static List<List<Unit>> groups(String text) {
        List<List<Unit>> groups = new ArrayList<>();
        boolean joinNext = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            String unit;
            if (start < text.length() && text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                int end = close < 0 ? text.length() : close;
                unit = text.substring(start + 1, end);
                i = close < 0 ? end : close + 1;
            } else {
                int end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                unit = text.substring(start, end);
                i = Math.max(end, start + 1);
            }
            if (!excluded && unit.equalsIgnoreCase("or") && !groups.isEmpty()) {
                joinNext = true;
                continue;
            }
            if (joinNext) {
                groups.get(groups.size() - 1).add(new Unit(unit, excluded));
            } else {
                groups.add(new ArrayList<>(List.of(new Unit(unit, excluded))));
            }
            joinNext = false;
        }
        return groups;
    }

    /** A word or phrase found in any of the language's fields, scored by where: null when it has no searchable word. */
    static Query fields(String text, String lang) {
        List<Query> fields = inEachField(text, lang);
        if (fields == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query field : fields) {
            any.add(field, Occur.SHOULD);
        }
        return any.build();
    }

    /** A word or phrase in each of the language's fields, weighted by the field: null when it has no searchable word. */
    static List<Query> inEachField(String text, String lang) {
        Analysed words = analyse(text, lang);
        if (words == null) {
            return null;
        }
        List<Query> fields = new ArrayList<>(WEIGHTS.size());
        for (Map.Entry<String, Float> field : WEIGHTS.entrySet()) {
            fields.add(new BoostQuery(words.in(lang + field.getKey()), field.getValue()));
        }
        return fields;
    }

    /** A word (or the phrase of its parts) in one field, or null when the text has no searchable word. */
    private static Query match(String text, String lang, String field) {
        Analysed words = analyse(text, lang);
        return words == null ? null : words.in(field);
    }

    /** A unit's analysed words and their positions (a removed stop word leaves a gap, as in the indexed texts). */
    private record Analysed(List<String> tokens, List<Integer> positions) {

        Query in(String field) {
            if (tokens.size() == 1) {
                return new TermQuery(new Term(field, tokens.get(0)));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int t = 0; t < tokens.size(); t++) {
                phrase.add(new Term(field, tokens.get(t)), positions.get(t));
            }
            return phrase.build();
        }
    }

    private static Analysed analyse(String text, String lang) {
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        tokens(analyzer(lang), text, tokens, positions);
        return tokens.isEmpty() ? null : new Analysed(tokens, positions);
    }

    private static void tokens(Analyzer analyzer, String text, List<String> tokens, List<Integer> positions) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
