package org.bonemet.site;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Rows;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.StatementDoc;

/** Skeletal sites: a hierarchy (region, bone, part) with the share of patients affected and the complications seen there. */
public final class SiteCollection extends EntityCollection<Site, SiteFields> {

    public static final String PATH = "sites";

    public SiteCollection() {
        super(Site.class, SiteFields.class, SiteViews::detail, SiteViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> figureSections() {
        return Set.of("frequency");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        SiteFields own = fields(item);
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("notes", own.notes() == null ? List.of() : own.notes());
        if (own.frequency() != null) {
            sections.put("frequency", List.of(new StatementDoc(own.frequency().basis(), own.frequency().reference(),
                    own.frequency().locator(), own.frequency().evidenceType())));
        }
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        SiteFields own = fields(item);
        return Map.of("symptoms", own.complications() == null ? List.of() : own.complications());
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        SiteFields own = fields(item);
        problems.oneOf("kind", own.kind(), Site.KINDS, true);
        if (own.parent() != null && !context.slugs(PATH).contains(own.parent())) {
            problems.add("unknown parent '" + own.parent() + "'");
        }
        if (own.frequency() != null) {
            problems.percent("frequency", own.frequency().percentOfPatients(), true);
        }
    }

    @Override
    public void validateAll(List<Item> items, Problems problems) {
        Map<String, String> parents = items.stream().filter(i -> fields(i).parent() != null)
                .collect(Collectors.toMap(Item::slug, i -> fields(i).parent(), (a, b) -> a));
        for (String start : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String at = start; at != null; at = parents.get(at)) {
                if (!seen.add(at)) {
                    problems.in(PATH + "/" + start).add("the parent chain loops");
                    break;
                }
            }
        }
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        SiteFields own = fields(item);
        rows.execute("INSERT INTO site (item_id, kind, frequency_percent) VALUES (?, ?, ?) ON CONFLICT (item_id) DO UPDATE"
                + " SET kind = EXCLUDED.kind, frequency_percent = EXCLUDED.frequency_percent", id, own.kind(),
                own.frequency() == null ? null : own.frequency().percentOfPatients());
        rows.execute("UPDATE site SET parent_id = (SELECT id FROM content_item WHERE collection = 'sites' AND slug = ?) WHERE item_id = ?",
                own.parent(), id);
        for (var entry : knowledge.entrySet()) {
            if (entry.getKey().path().equals(PATH)) {
                for (Item child : entry.getValue()) {
                    if (item.slug().equals(fields(child).parent())) {
                        rows.execute("UPDATE site SET parent_id = ? WHERE item_id = (SELECT id FROM content_item WHERE collection = 'sites'"
                                + " AND slug = ?)", id, child.slug());
                    }
                }
            }
        }
    }
}
