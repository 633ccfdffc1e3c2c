package org.bonemet.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.Limits;

/**
 * The problems a validation finds, as data: each names where it is (an entry such as {@code sites/spine}) and
 * what is wrong. A scope adds to the same list; {@link #about(String)} prefixes the messages of a part of the entry.
 */
public final class Problems {

    /** The form of every slug and criterion key: kebab-case. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<FieldError> errors;
    private final String where;
    private final String prefix;

    private Problems(List<FieldError> errors, String where, String prefix) {
        this.errors = errors;
        this.where = where;
        this.prefix = prefix;
    }

    public static Problems collect() {
        return new Problems(new ArrayList<>(), "document", "");
    }

    /** The problems of one entry or scope, such as {@code treatments/denosumab}. */
    public Problems in(String where) {
        return new Problems(errors, where, "");
    }

    /** The problems of a part of the entry, such as {@code criterion hypocalcaemia: }. */
    public Problems about(String part) {
        return new Problems(errors, where, prefix + part + ": ");
    }

    public void add(String message) {
        errors.add(new FieldError(where, prefix + message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Each problem as one line, "where: message". */
    public static List<String> lines(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    /** The kebab-case slugs of {@code slugs}, each reported when malformed or repeated. */
    public Set<String> unique(List<String> slugs) {
        Set<String> seen = new HashSet<>();
        for (String slug : slugs) {
            if (slug == null || !SLUG.matcher(slug).matches()) {
                add("'" + slug + "' is not a kebab-case slug");
            } else if (!seen.add(slug)) {
                add("'" + slug + "' appears twice");
            }
        }
        return seen;
    }

    public void required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field + " is required");
        } else if (value.length() > Limits.MAX_TEXT_LENGTH) {
            add(field + " is longer than " + Limits.MAX_TEXT_LENGTH + " characters");
        }
    }

    public void oneOf(String field, String value, List<String> allowed, boolean required) {
        if (value == null ? required : !allowed.contains(value)) {
            add(field + " must be one of " + String.join(", ", allowed) + " (was " + value + ")");
        }
    }

    /** Whether the value is a percentage from 0 to 100 (or absent and optional). */
    public boolean percent(String field, BigDecimal value, boolean required) {
        if (value == null ? required : value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            add(field + " must be a percentage from 0 to 100");
            return false;
        }
        return true;
    }
}
