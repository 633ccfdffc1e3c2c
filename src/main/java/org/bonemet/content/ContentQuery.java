package org.bonemet.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Equality filters of a list request, validated against their allowed values and bound as parameters. */
public final class ContentQuery<T extends PanacheEntityBase> {

    private final Class<T> type;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();
    private String fetch = "";

    private ContentQuery(Class<T> type) {
        this.type = type;
    }

    public static <T extends PanacheEntityBase> ContentQuery<T> of(Class<T> type) {
        return new ContentQuery<>(type);
    }

    /** Adds {@code path = value} when a value is given; {@code allowed} null means any value. */
    public ContentQuery<T> eq(String path, String value, List<String> allowed) {
        if (value == null) {
            return this;
        }
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (allowed != null && !allowed.contains(value)) {
            errors.add(new InvalidInputException.FieldError(name, "must be one of " + String.join(", ", allowed)));
            return this;
        }
        String parameter = "p" + parameters.size();
        clauses.add("e." + path + " = :" + parameter);
        parameters.put(parameter, value);
        return this;
    }

    /** Keeps the entries that carry a code given as {@code system|code}, matched like the codes lookup. */
    public ContentQuery<T> code(String systemAndCode) {
        if (systemAndCode == null) {
            return this;
        }
        int bar = systemAndCode.indexOf('|');
        if (bar < 1 || bar == systemAndCode.length() - 1 || !CodeFormat.knownSystem(systemAndCode.substring(0, bar))) {
            errors.add(new InvalidInputException.FieldError("code", "must be system|code with a system of "
                    + String.join(", ", CodeFormat.PATTERNS.keySet().stream().sorted().toList())));
            return this;
        }
        String system = "p" + parameters.size();
        parameters.put(system, systemAndCode.substring(0, bar));
        String key = "p" + parameters.size();
        parameters.put(key, CodeFormat.key(systemAndCode.substring(bar + 1)));
        clauses.add("exists (select 1 from Code c where c.item = e and c.system = :" + system + " and c.codeKey = :" + key + ")");
        return this;
    }

    /** Loads an association with the page itself, for list views that show it. */
    public ContentQuery<T> fetch(String association) {
        fetch += " left join fetch e." + association;
        return this;
    }

    /** The requested page of matches ordered by slug, and how many match in all. */
    public Slice<T> page(PageRequest request) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String from = " from " + type.getSimpleName() + " e";
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        EntityManager em = Panache.getEntityManager(type);
        TypedQuery<T> items = em.createQuery("select e" + from + fetch + where + " order by e.slug", type)
                .setFirstResult(request.firstResult())
                .setMaxResults(request.size());
        TypedQuery<Long> count = em.createQuery("select count(e)" + from + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Slice<>(items.getResultList(), count.getSingleResult());
    }

    public record Slice<T>(List<T> items, long total) {

        /** A page cut from a list already in memory (related items are few). */
        public static <T> Slice<T> of(List<T> all, PageRequest request) {
            int from = (int) Math.min(all.size(), request.offset());
            return new Slice<>(all.subList(from, Math.min(all.size(), from + request.size())), all.size());
        }
    }
}
