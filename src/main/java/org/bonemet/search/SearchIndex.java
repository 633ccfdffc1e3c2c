package org.bonemet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.ArrayUtil;
import org.bonemet.content.Languages;
import org.bonemet.http.Doorkeeper;
import org.bonemet.http.ResponseCache;
import org.bonemet.search.SearchQuery.Unit;
import org.bonemet.search.SearchService.Hit;
import org.bonemet.search.SearchService.Result;
import org.bonemet.search.SearchService.Suggestion;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Search and suggestions on an index in memory, made from the published content in the database. It is made again
 * after each publication (the response cache's generation moves, here at once and on other replicas when they see
 * the change cursor move), by the first request that needs it; until then no request reads the database. Every
 * replica makes it from the same rows in the same order, so all answer alike.
 *
 * <p>An entry's score in one language is its full-text score (stemmed words in its name and synonyms, summary, code
 * displays and details, weighing in that order) plus its closest name or synonym by trigram similarity (typos and
 * parts of long names), the latter only when at least {@link #TYPO_THRESHOLD}. The requested language counts fully,
 * the other at {@link #OTHER_LANGUAGE}; an entry's score is its best language's.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    static final float TYPO_THRESHOLD = 0.45f;
    static final float OTHER_LANGUAGE = 0.8f;
    /** A synonym's similarity counts a little less than the name's. */
    static final float SYNONYM = 0.9f;
    /** BM25 points of the full-text match (weighted by field), brought to the scale of the trigram similarities (0 to 2). */
    static final float FULL_TEXT = 0.1f;
    static final int SUGGESTIONS = 10;
    /** At most this many documents of words and phrases are kept with their scores (24 bytes each). */
    private static final int UNIT_MATCHES = 1 << 18;
    /** At most this many characters of snippets and their keys are kept. */
    private static final int SNIPPET_CHARACTERS = 1 << 21;

    private static final List<String> LANGUAGES = Languages.SUPPORTED;
    static final String LANG = "lang";

    @Inject
    DataSource dataSource;
    @Inject
    ResponseCache responses;

    private volatile Snapshot snapshot;

    /** One entry's texts in each of its languages. */
    record Item(String collection, String slug, Map<String, String[]> nameAndSummary) {

        String[] text(String lang) {
            String[] own = nameAndSummary.get(lang);
            return own != null ? own : nameAndSummary.get(Languages.DEFAULT);
        }

        String textLanguage(String lang) {
            return nameAndSummary.containsKey(lang) ? lang : Languages.DEFAULT;
        }
    }

    /** A name or synonym of an entry in one language. */
    record Posting(int item, int lang, String text, boolean isName) {
    }

    /**
     * A distinct normalised name or synonym, with every entry and language that has it. Its trigrams are numbered
     * twice: {@code positions} gives each position's trigram as a number of the key's own, {@code trigrams} turns
     * those into the index's numbers.
     */
    record Key(String key, int[] positions, int[] trigrams, List<Posting> postings) {
    }

    /**
     * The index as of one generation of the response cache: immutable, shared by all requests, but for what searches
     * keep in it: each word's or phrase's documents and scores ({@code units}) and snippets, and which of each were
     * asked for once (a doorkeeper each, so that the many snippets do not push the words out).
     */
    record Snapshot(long generation, Item[] items, int[] docItem, int[] docLang, int[] docBySlot, IndexSearcher texts, Key[] keys,
            Map<String, Integer> trigramNumbers, int[][] keysByTrigram, Cache<String, Matches> units, Cache<String, String> snippets,
            Doorkeeper unitsAsked, Doorkeeper snippetsAsked) {

        /** The document of an entry in one language, or -1. */
        int doc(int item, int lang) {
            return docBySlot[item * LANGUAGES.size() + lang];
        }
    }

    /**
     * The documents (in order) where a word or phrase is found, in any field, and its score in each field ({@code
     * width} fields a document, 0 where not found).
     */
    record Matches(int[] docs, float[] scores, int width) {

        private static final int SUMMARY = SearchQuery.fieldNumber(SearchQuery.SUMMARY);

        /** Whether the word or phrase is in this document's summary. */
        boolean inSummary(int doc) {
            int at = Arrays.binarySearch(docs, doc);
            return at >= 0 && scores[at * width + SUMMARY] > 0;
        }
    }

    /** What is kept for a text without a searchable word (only stop words or punctuation). */
    private static final Matches UNSEARCHABLE = new Matches(new int[0], new float[0], 0);
    /**
     * For a word or phrase asked for the first time (kept from its second), or kept for one found in too many documents
     * to keep them (a common word of a large knowledge base): search it in the whole query.
     */
    private static final Matches NOT_KEPT = new Matches(new int[0], new float[0], 0);
    /**
     * Most documents in one field of a word whose matches are kept: about the entries of one language here, so that at
     * a hundred times the content words are searched as one query again (lowered by KeptSearchWorkTest to try both).
     */
    static int keptDocuments = 64;

    public Result search(String q, String type, String lang, int page, int size) {
        Snapshot index = current();
        int requested = language(lang);
        Scores scores = Scores.of(index.items().length * LANGUAGES.size());
        try {
            typos(index, Trigrams.normalise(q), scores);
            List<List<Unit>> groups = SearchQuery.groups(q);
            for (String language : LANGUAGES) {
                fullText(index, groups, language, (doc, score) -> scores.add(index.docItem()[doc] * LANGUAGES.size() + index.docLang()[doc],
                        score * FULL_TEXT));
            }
            // an entry's score is its best language's, the requested language counting fully
            Map<Integer, Float> best = new HashMap<>();
            for (int i = 0; i < scores.count(); i++) {
                int slot = scores.slot(i);
                int item = slot / LANGUAGES.size();
                if (type == null || index.items()[item].collection().equals(type)) {
                    best.merge(item, scores.get(slot) * (slot % LANGUAGES.size() == requested ? 1f : OTHER_LANGUAGE), Math::max);
                }
            }
            // only the entries that can be on the requested page are put in order; in long, as page * size can pass int
            long wanted = (long) page * size;
            if (wanted - size >= best.size()) {
                return new Result(List.of(), best.size());
            }
            float cutoff = Float.NEGATIVE_INFINITY;
            if (best.size() > wanted) {
                float[] values = new float[best.size()];
                int v = 0;
                for (float value : best.values()) {
                    values[v++] = value;
                }
                Arrays.sort(values);
                cutoff = values[values.length - (int) wanted];
            }
            List<Integer> ranked = new ArrayList<>();
            for (Map.Entry<Integer, Float> entry : best.entrySet()) {
                if (entry.getValue() >= cutoff) {
                    ranked.add(entry.getKey());
                }
            }
            ranked.sort(Comparator.<Integer>comparingDouble(i -> -best.get(i)).thenComparing(i -> index.items()[i].slug()));
            List<Hit> hits = new ArrayList<>();
            for (Integer i : ranked.subList((int) Math.min(ranked.size(), wanted - size), (int) Math.min(ranked.size(), wanted))) {
                Item item = index.items()[i];
                String[] text = item.text(lang);
                String textLanguage = item.textLanguage(lang);
                hits.add(new Hit(item.collection(), item.slug(), text[0], text[1], snippet(index, i, textLanguage, groups, q, text[1]), best.get(i)));
            }
            return new Result(hits, best.size());
        } finally {
            scores.clear();
        }
    }

    /**
     * Scores by entry and language for one search, kept by each thread from one search to the next and cleared of
     * what was found: a search allocates nothing per entry, however many entries the content has.
     */
    static final class Scores {

        private static final ThreadLocal<Scores> KEPT = ThreadLocal.withInitial(Scores::new);

        private float[] values = new float[0];
        private int[] found = new int[16];
        private int count;

        static Scores of(int slots) {
            Scores scores = KEPT.get();
            if (scores.values.length != slots) {
                scores.values = new float[slots];
            }
            return scores;
        }

        void add(int slot, float score) {
            note(slot);
            values[slot] += score;
        }

        void max(int slot, float score) {
            note(slot);
            values[slot] = Math.max(values[slot], score);
        }

        private void note(int slot) {
            if (values[slot] == 0) {
                found = ArrayUtil.grow(found, count + 1);
                found[count++] = slot;
            }
        }

        int count() {
            return count;
        }

        int slot(int i) {
            return found[i];
        }

        float get(int slot) {
            return values[slot];
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                values[found[i]] = 0;
            }
            count = 0;
        }
    }

    /**
     * The full-text matches in one language's documents: those with every group of the text (see
     * {@link SearchQuery#groups}) and none of its exclusions, scored as one Boolean query of them would score, in
     * the same arithmetic. Each word or phrase is looked up in the index once per snapshot and kept with its scores:
     * a new query mostly has words asked before, and the lookups in five fields' term dictionaries were most of a
     * search's time.
     */
    static void fullText(Snapshot index, List<List<Unit>> groups, String lang, Hits hits) {
        // each unit's matches, in the order of the groups: null for an alternative excluded or without a searchable word
        List<Matches> found = new ArrayList<>();
        for (List<Unit> alternatives : groups) {
            for (Unit unit : alternatives) {
                Matches matches = unit.excluded() && alternatives.size() > 1 ? null : matches(index, unit.text(), lang);
                if (matches == NOT_KEPT) {
                    // a word asked for the first time, or found in too many documents to keep: Lucene's conjunction
                    // of the whole query looks at fewer documents than its matches are
                    Query whole = SearchQuery.whole(groups, lang, LANG);
                    if (whole != null) {
                        collect(index.texts(), whole, hits);
                    }
                    return;
                }
                found.add(matches);
            }
        }
        FullText sums = FullText.of(index.docItem().length);
        try {
            int required = 0;
            int next = 0;
            for (List<Unit> alternatives : groups) {
                int clauses = 0;
                for (Unit unit : alternatives) {
                    Matches matches = found.get(next++);
                    if (matches == null) {
                        continue;
                    }
                    if (unit.excluded()) {
                        sums.exclude(matches);
                    } else {
                        sums.addToGroup(matches);
                        clauses++;
                    }
                }
                if (clauses > 0) {
                    sums.closeGroup();
                    required++;
                }
            }
            if (required > 0) {
                sums.matched(required, hits);
            }
        } finally {
            sums.clear();
        }
    }

    /** The kept matches of a word or phrase (as {@link #matches}), {@link #NOT_KEPT} when none are kept, without asking. */
    private static Matches kept(Snapshot index, String text, String lang) {
        Matches kept = index.units().getIfPresent(lang + '\u0000' + text);
        return kept == null ? NOT_KEPT : kept == UNSEARCHABLE ? null : kept;
    }

    private static Matches matches(Snapshot index, String text, String lang) {
        String key = lang + '\u0000' + text;
        Matches kept = index.units().getIfPresent(key);
        if (kept == null && !index.unitsAsked().askedAgain(key)) {
            return NOT_KEPT;
        }
        Matches matches = kept != null ? kept : index.units().get(key, k -> {
            List<Query> fields = SearchQuery.inEachField(text, lang);
            if (fields == null) {
                return UNSEARCHABLE;
            }
            int width = fields.size();
            // each field's documents come in order; their union is the word's documents
            int[][] fieldDocs = new int[width][];
            float[][] fieldScores = new float[width][];
            BitSet union = new BitSet(index.docItem().length);
            boolean[] tooMany = { false };
            for (int f = 0; f < width; f++) {
                Query query = new BooleanQuery.Builder().add(fields.get(f), Occur.MUST).add(new TermQuery(new Term(LANG, lang)), Occur.FILTER).build();
                int[][] docsOf = { new int[8] };
                float[][] scoresOf = { new float[8] };
                int[] count = { 0 };
                collect(index.texts(), query, (doc, score) -> {
                    if (count[0] == keptDocuments) {
                        tooMany[0] = true;
                        throw new CollectionTerminatedException();
                    }
                    docsOf[0] = ArrayUtil.grow(docsOf[0], count[0] + 1);
                    scoresOf[0] = ArrayUtil.grow(scoresOf[0], count[0] + 1);
                    docsOf[0][count[0]] = doc;
                    scoresOf[0][count[0]++] = score;
                });
                if (tooMany[0]) {
                    return NOT_KEPT;
                }
                fieldDocs[f] = Arrays.copyOf(docsOf[0], count[0]);
                fieldScores[f] = scoresOf[0];
                for (int doc : fieldDocs[f]) {
                    union.set(doc);
                }
            }
            int[] docs = union.stream().toArray();
            float[] scores = new float[docs.length * width];
            for (int f = 0; f < width; f++) {
                for (int i = 0, at = 0; i < fieldDocs[f].length; i++) {
                    while (docs[at] != fieldDocs[f][i]) {
                        at++;
                    }
                    scores[at * width + f] = fieldScores[f][i];
                }
            }
            return new Matches(docs, scores, width);
        });
        return matches == UNSEARCHABLE ? null : matches;
    }

    /**
     * The sums of one search in one language, by document, kept by each thread from one search to the next: a
     * group's scores in every field of every unit are summed in double precision and rounded to a float, and the
     * groups' floats likewise, as Lucene's Boolean scorers do with the query it rewrites (alternatives inlined).
     */
    static final class FullText {

        private static final ThreadLocal<FullText> KEPT = ThreadLocal.withInitial(FullText::new);

        private double[] group = new double[0];
        private double[] total = new double[0];
        private int[] groups = new int[0];
        private boolean[] excluded = new boolean[0];
        private int[] inGroup = new int[16];
        private int groupCount;
        private int[] found = new int[16];
        private int foundCount;
        private int[] out = new int[16];
        private int outCount;

        static FullText of(int docs) {
            FullText sums = KEPT.get();
            if (sums.total.length != docs) {
                sums.group = new double[docs];
                sums.total = new double[docs];
                sums.groups = new int[docs];
                sums.excluded = new boolean[docs];
            }
            return sums;
        }

        void addToGroup(Matches matches) {
            for (int i = 0; i < matches.docs().length; i++) {
                int doc = matches.docs()[i];
                if (group[doc] == 0) {
                    inGroup = push(inGroup, groupCount++, doc);
                }
                for (int f = i * matches.width(); f < (i + 1) * matches.width(); f++) {
                    group[doc] += matches.scores()[f];
                }
            }
        }

        void closeGroup() {
            for (int i = 0; i < groupCount; i++) {
                int doc = inGroup[i];
                if (groups[doc]++ == 0) {
                    found = push(found, foundCount++, doc);
                }
                total[doc] += (float) group[doc];
                group[doc] = 0;
            }
            groupCount = 0;
        }

        void exclude(Matches matches) {
            for (int doc : matches.docs()) {
                if (!excluded[doc]) {
                    excluded[doc] = true;
                    out = push(out, outCount++, doc);
                }
            }
        }

        void matched(int required, Hits hits) {
            for (int i = 0; i < foundCount; i++) {
                int doc = found[i];
                if (groups[doc] == required && !excluded[doc]) {
                    hits.hit(doc, (float) total[doc]);
                }
            }
        }

        void clear() {
            for (int i = 0; i < groupCount; i++) {
                group[inGroup[i]] = 0;
            }
            for (int i = 0; i < foundCount; i++) {
                total[found[i]] = 0;
                groups[found[i]] = 0;
            }
            for (int i = 0; i < outCount; i++) {
                excluded[out[i]] = false;
            }
            groupCount = foundCount = outCount = 0;
        }

        private static int[] push(int[] array, int at, int value) {
            int[] into = ArrayUtil.grow(array, at + 1);
            into[at] = value;
            return into;
        }
    }

    /** Up to 10 names and synonyms that start with the typed text: the requested language's first, names first, shortest first. */
    public List<Suggestion> suggest(String q, String lang) {
        Snapshot index = current();
        int requested = language(lang);
        String prefix = Trigrams.normalise(q);
        Key[] keys = index.keys();
        int at = Arrays.binarySearch(keys, new Key(prefix, null, null, null), Comparator.comparing(Key::key));
        List<Posting> candidates = new ArrayList<>();
        for (int i = at >= 0 ? at : -at - 1; i < keys.length && keys[i].key().startsWith(prefix); i++) {
            candidates.add(keys[i].postings().stream().min(preferred(requested, index)).orElseThrow());
        }
        return candidates.stream()
                .sorted(Comparator.comparing((Posting p) -> p.lang() != requested).thenComparing(p -> !p.isName())
                        .thenComparingInt(p -> p.text().length()))
                .limit(SUGGESTIONS)
                .map(p -> new Suggestion(p.text(), index.items()[p.item()].collection(), index.items()[p.item()].slug()))
                .toList();
    }

    /** Which of the entries sharing a name or synonym a suggestion shows: the requested language's, a name, the first entry. */
    private static Comparator<Posting> preferred(int requested, Snapshot index) {
        return Comparator.comparing((Posting p) -> p.lang() != requested).thenComparing(p -> !p.isName())
                .thenComparing(p -> index.items()[p.item()].collection()).thenComparing(p -> index.items()[p.item()].slug());
    }

    /** Per entry and language, the closest name or synonym's similarity to the query, or 0 below the threshold. */
    private static void typos(Snapshot index, String query, Scores scores) {
        String[] trigrams = Trigrams.distinct(query);
        if (trigrams.length == 0) {
            return;
        }
        // how many of the query's trigrams each name or synonym has
        boolean[] inQuery = new boolean[index.keysByTrigram().length];
        int[] shared = new int[index.keys().length];
        List<Integer> touched = new ArrayList<>();
        for (String trigram : trigrams) {
            Integer number = index.trigramNumbers().get(trigram);
            if (number == null) {
                continue;
            }
            inQuery[number] = true;
            for (int key : index.keysByTrigram()[number]) {
                if (shared[key]++ == 0) {
                    touched.add(key);
                }
            }
        }
        // a stretch as similar as the threshold has at least that part of the query's trigrams
        int needed = Math.max(1, (int) Math.ceil(TYPO_THRESHOLD * trigrams.length - 1e-6));
        for (int k : touched) {
            if (shared[k] < needed) {
                continue;
            }
            Key key = index.keys()[k];
            boolean[] found = new boolean[key.trigrams().length];
            for (int t = 0; t < found.length; t++) {
                found[t] = inQuery[key.trigrams()[t]];
            }
            float word = Trigrams.wordSimilarity(trigrams.length, found, key.positions());
            if (word < TYPO_THRESHOLD) {
                continue;
            }
            float similarity = word + Trigrams.similarity(shared[k], trigrams.length, key.trigrams().length);
            for (Posting p : key.postings()) {
                scores.max(p.item() * LANGUAGES.size() + p.lang(), similarity * (p.isName() ? 1f : SYNONYM));
            }
        }
    }

    /**
     * The snippet of an entry's summary for a query. It depends only on which of the query's words and phrases the
     * summary has (the highlighter marks nothing else), so it is kept under those from their second asking: most
     * queries share theirs with one asked before.
     */
    private static String snippet(Snapshot index, int item, String lang, List<List<Unit>> groups, String q, String summary) {
        int doc = index.doc(item, LANGUAGES.indexOf(lang));
        StringBuilder key = new StringBuilder(lang).append('\u0000').append(item);
        for (List<Unit> alternatives : groups) {
            for (Unit unit : alternatives) {
                Matches matches = unit.excluded() ? null : kept(index, unit.text(), lang);
                if (matches == NOT_KEPT) {
                    return snippet(lang, q, summary);
                }
                if (matches != null && matches.inSummary(doc)) {
                    key.append('\u0000').append(unit.text());
                }
            }
        }
        String kept = index.snippets().getIfPresent(key.toString());
        if (kept != null) {
            return kept;
        }
        String made = snippet(lang, q, summary);
        if (index.snippetsAsked().askedAgain(key.toString())) {
            index.snippets().put(key.toString(), made);
        }
        return made;
    }

    /** The summary's sentence with the most of the query's words, marked; else its first sentence. */
    static String snippet(String lang, String q, String summary) {
        String field = lang + SearchQuery.SUMMARY;
        Query words = SearchQuery.anyIn(q, lang, field);
        try {
            Object marked = words == null ? null : HIGHLIGHTERS.get(lang).highlightWithoutSearcher(field, words, summary, 1);
            return marked == null ? firstSentence(summary) : marked.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static final Map<String, UnifiedHighlighter> HIGHLIGHTERS = Languages.SUPPORTED.stream()
            .collect(java.util.stream.Collectors.toMap(lang -> lang, SearchIndex::highlighter));

    private static UnifiedHighlighter highlighter(String lang) {
        return UnifiedHighlighter.builderWithoutSearcher(SearchQuery.analyzer(lang))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", false))
                .build();
    }

    interface Hits {
        void hit(int doc, float score);
    }

    static void collect(IndexSearcher searcher, Query query, Hits hits) {
        try {
            searcher.search(query, new SimpleCollector() {
                private org.apache.lucene.search.Scorable scorer;
                private int base;

                @Override
                public void setScorer(org.apache.lucene.search.Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) throws IOException {
                    hits.hit(base + doc, scorer.score());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int language(String lang) {
        int index = LANGUAGES.indexOf(lang);
        return index < 0 ? 0 : index;
    }

    /** Makes the index of the content just published in the background, so that the next search need not wait for it. */
    public void prepare() {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                LOG.debugf("Search index not made now (the next search tries again): %s", e.getMessage());
            }
        });
    }

    /** Whether the index is that of the published content, so that a search needs no database. */
    public boolean isCurrent() {
        Snapshot index = snapshot;
        return index != null && index.generation() == responses.generation();
    }

    /** The index of the current generation, made now (once, however many requests ask) when content has changed. */
    Snapshot current() {
        long generation = responses.generation();
        Snapshot index = snapshot;
        if (index != null && index.generation() == generation) {
            return index;
        }
        synchronized (this) {
            index = snapshot;
            if (index == null || index.generation() != generation) {
                snapshot = index = build(generation);
            }
            return index;
        }
    }

    private Snapshot build(long generation) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // one snapshot of the content for all four reads
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<Long, Integer> ordinals = new HashMap<>();
            List<Item> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT id, collection, slug FROM content_item ORDER BY collection, slug")) {
                while (rows.next()) {
                    ordinals.put(rows.getLong(1), items.size());
                    items.add(new Item(rows.getString(2), rows.getString(3), new LinkedHashMap<>()));
                }
            }
            Map<String, String> codes = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT item_id, string_agg(display, ' ' ORDER BY system, code) FROM content_code GROUP BY item_id")) {
                while (rows.next()) {
                    codes.put(String.valueOf(rows.getLong(1)), rows.getString(2));
                }
            }
            Map<String, List<String>> synonyms = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT item_id, lang, text FROM content_synonym ORDER BY item_id, lang, position, id")) {
                while (rows.next()) {
                    synonyms.computeIfAbsent(rows.getLong(1) + "|" + rows.getString(2), k -> new ArrayList<>()).add(rows.getString(3));
                }
            }
            List<Document> documents = new ArrayList<>();
            List<int[]> docs = new ArrayList<>();
            TreeMap<String, List<Posting>> names = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT item_id, lang, name, summary, details FROM content_text ORDER BY item_id, lang")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String lang = rows.getString(2);
                    Integer item = ordinals.get(id);
                    int language = LANGUAGES.indexOf(lang);
                    if (item == null || language < 0) {
                        continue;
                    }
                    String name = rows.getString(3);
                    String summary = rows.getString(4);
                    items.get(item).nameAndSummary().put(lang, new String[] { name, summary });
                    List<String> own = synonyms.getOrDefault(id + "|" + lang, List.of());
                    Document document = new Document();
                    document.add(new StringField(LANG, lang, Field.Store.NO));
                    document.add(new TextField(lang + SearchQuery.NAME, name, Field.Store.NO));
                    for (String synonym : own) {
                        document.add(new TextField(lang + SearchQuery.SYNONYM, synonym, Field.Store.NO));
                    }
                    document.add(new TextField(lang + SearchQuery.SUMMARY, summary, Field.Store.NO));
                    document.add(new TextField(lang + SearchQuery.CODE, codes.getOrDefault(String.valueOf(id), ""), Field.Store.NO));
                    document.add(new TextField(lang + SearchQuery.DETAILS, rows.getString(5), Field.Store.NO));
                    documents.add(document);
                    docs.add(new int[] { item, language });
                    names.computeIfAbsent(Trigrams.normalise(name), k -> new ArrayList<>()).add(new Posting(item, language, name, true));
                    for (String synonym : own) {
                        names.computeIfAbsent(Trigrams.normalise(synonym), k -> new ArrayList<>()).add(new Posting(item, language, synonym, false));
                    }
                }
            }
            connection.commit();
            Map<String, Integer> numbers = new HashMap<>();
            List<List<Integer>> keysByTrigram = new ArrayList<>();
            Key[] keys = new Key[names.size()];
            int k = 0;
            for (Map.Entry<String, List<Posting>> name : names.entrySet()) {
                List<String> ordered = Trigrams.ordered(name.getKey());
                Map<String, Integer> own = new LinkedHashMap<>();
                int[] positions = new int[ordered.size()];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = own.computeIfAbsent(ordered.get(i), t -> own.size());
                }
                int[] trigrams = new int[own.size()];
                int t = 0;
                for (String trigram : own.keySet()) {
                    int number = numbers.computeIfAbsent(trigram, x -> {
                        keysByTrigram.add(new ArrayList<>());
                        return numbers.size();
                    });
                    keysByTrigram.get(number).add(k);
                    trigrams[t++] = number;
                }
                keys[k++] = new Key(name.getKey(), positions, trigrams, List.copyOf(name.getValue()));
            }
            LOG.infof("Search index made: %d entries, %d texts, %d names and synonyms in %d ms", items.size(), documents.size(),
                    keys.length, (System.nanoTime() - started) / 1_000_000);
            int[] docBySlot = new int[items.size() * LANGUAGES.size()];
            Arrays.fill(docBySlot, -1);
            for (int doc = 0; doc < docs.size(); doc++) {
                docBySlot[docs.get(doc)[0] * LANGUAGES.size() + docs.get(doc)[1]] = doc;
            }
            return new Snapshot(generation, items.toArray(Item[]::new), docs.stream().mapToInt(d -> d[0]).toArray(),
                    docs.stream().mapToInt(d -> d[1]).toArray(), docBySlot, searcher(documents, SearchQuery.analyzers()), keys,
                    Map.copyOf(numbers), keysByTrigram.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new),
                    Caffeine.newBuilder().maximumWeight(UNIT_MATCHES).weigher((String unit, Matches m) -> m.docs().length + 1).build(),
                    Caffeine.newBuilder().maximumWeight(SNIPPET_CHARACTERS).weigher((String key, String snippet) -> key.length() + snippet.length()).build(),
                    new Doorkeeper(15), new Doorkeeper(16));
        } catch (SQLException e) {
            throw new IllegalStateException("The search index could not read the content", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher whose document numbers are the positions in {@code documents} (one segment, nothing deleted). */
    private static IndexSearcher searcher(List<Document> documents, Analyzer analyzer) throws IOException {
        // each file as one byte array: term lookups run at twice the speed of the default's list of buffers
        Directory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity()).setRAMBufferSizeMB(64))) {
            writer.addDocuments(documents);
            writer.forceMerge(1);
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        searcher.setSimilarity(new BM25Similarity());
        searcher.setQueryCache(null); // every query is new; caching them would only hold memory
        return searcher;
    }
}
