package org.bonemet.search;

import java.util.ArrayList;
import java.util.List;

import org.bonemet.collection.ContentCollections;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Ranks entries for a free-text query. Full text (websearch syntax, so quotes and operators in user input
 * are data, never syntax errors) matches in each entry's own language with English or German stemming;
 * trigram similarity on names and synonyms catches typos, and a name or synonym that matches the whole query
 * ranks its entry first. Both languages are searched, the requested one
 * weighs more, and the texts come back in the requested language.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_QUERY_LENGTH = 200;
    /** Word similarity at or above which a name or synonym counts as a typo match. */
    static final String TYPO_THRESHOLD = "0.45";

    public record Hit(String collection, String slug, String name, String summary, String snippet, double score) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    public record Suggestion(String text, String collection, String slug) {
    }

    // Kept as files so that bench/search-scale.sh explains exactly the statements the service runs.
    private static final String SEARCH_SQL = sql("search/search.sql");
    private static final String SUGGEST_SQL = sql("search/suggest.sql");

    @Inject
    EntityManager em;

    private static String sql(String path) {
        try (var in = SearchService.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String validQuery(String q) {
        if (q == null || q.isBlank()) {
            throw InvalidInputException.of("q", "is required");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.of("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return q.strip();
    }

    static String validType(String type) {
        if (type != null && ContentCollections.byPath(type).isEmpty()) {
            throw InvalidInputException.of("type", "must be one of sites, symptoms, tests, treatments, primary-cancers");
        }
        return type;
    }

    @Transactional
    public Result search(String rawQuery, String type, String lang, PageRequest page) {
        String q = validQuery(rawQuery);
        validType(type);
        em.createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', '" + TYPO_THRESHOLD + "', true)").getSingleResult();
        Query query = em.createNativeQuery(SEARCH_SQL)
                .setParameter("q", q)
                .setParameter("lang", lang)
                .setParameter("type", type)
                .setParameter("limit", page.size())
                .setParameter("offset", (page.page() - 1) * page.size());
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new Hit((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).doubleValue()));
            total = ((Number) r[6]).longValue();
        }
        if (hits.isEmpty() && page.page() > 1) {
            total = search(rawQuery, type, lang, new PageRequest(1, 1)).total();
        }
        return new Result(hits, total);
    }

    /** Up to 10 names and synonyms that start with the typed text, names first, shortest first. */
    @Transactional
    public List<Suggestion> suggest(String rawQuery, String lang) {
        String q = validQuery(rawQuery);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUGGEST_SQL)
                .setParameter("lang", lang)
                .setParameter("prefix", escapeLike(q) + "%")
                .getResultList();
        return rows.stream()
                .sorted((a, b) -> {
                    int own = Boolean.compare((Boolean) b[4], (Boolean) a[4]);
                    int name = Boolean.compare((Boolean) b[3], (Boolean) a[3]);
                    return own != 0 ? own : name != 0 ? name : Integer.compare(((String) a[0]).length(), ((String) b[0]).length());
                })
                .limit(10)
                .map(r -> new Suggestion((String) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
