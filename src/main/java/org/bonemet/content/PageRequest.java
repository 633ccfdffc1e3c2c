package org.bonemet.content;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A validated 1-based page request; parameters arrive as text so that "abc" is a 400, not a 404. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 1, 1, Integer.MAX_VALUE, errors);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(p, s);
    }

    /** One integer query parameter within bounds, absent meaning {@code fallback}; else a 400 naming it. */
    public static long parameter(String field, String raw, long fallback, long min, long max) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        long value = parse(field, raw, fallback, min, max, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }

    private static int parse(String field, String raw, int fallback, int min, int max, List<InvalidInputException.FieldError> errors) {
        return (int) parse(field, raw, (long) fallback, min, max, errors);
    }

    private static long parse(String field, String raw, long fallback, long min, long max,
            List<InvalidInputException.FieldError> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new InvalidInputException.FieldError(field, max == Integer.MAX_VALUE || max == Long.MAX_VALUE
                ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max));
        return fallback;
    }

    /** Where the page starts among all matches; in long, since any page the contract allows times size can pass int. */
    public long offset() {
        return (page - 1L) * size;
    }

    /**
     * The offset as the int a JPA query takes, held below {@code Integer.MAX_VALUE - size} so that offset plus
     * size cannot overflow either; no query has that many rows, so a page that far out is empty all the same.
     */
    public int firstResult() {
        return (int) Math.min(offset(), Integer.MAX_VALUE - size);
    }

    /** This page of a Panache query (its {@code page(Page)} multiplies in int and overflows on a huge page). */
    public <E> PanacheQuery<E> range(PanacheQuery<E> query) {
        return query.range(firstResult(), firstResult() + size - 1);
    }

    public int lastPage(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
