package org.bonemet.search;

import java.util.List;

import org.bonemet.collection.ContentCollections;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    public record Hit(String collection, String slug, String name, String summary, String snippet, double score) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    public record Suggestion(String text, String collection, String slug) {
    }

    @Inject
    SearchIndex index;

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

    public Result search(String rawQuery, String type, String lang, PageRequest page) {
        String q = validQuery(rawQuery);
        return index.search(q, validType(type), lang, page.page(), page.size());
    }

    /** Up to 10 names and synonyms that start with the typed text, names first, shortest first. */
    public List<Suggestion> suggest(String rawQuery, String lang) {
        return index.suggest(validQuery(rawQuery), lang);
    }
}
