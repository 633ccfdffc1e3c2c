package org.bonemet.site;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentDocument.Item;
import org.bonemet.collection.ContentDocument.StatementDoc;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Rows;

/** Skeletal sites: a hierarchy (region, bone, part) with the share of patients affected and the complications seen there. */
public final class SiteCollection extends EntityCollection<Site> {

    public static final String PATH = "sites";

    public SiteCollection() {
        super(Site.class, SiteViews::detail, SiteViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> ownFields() {
        return Set.of("parent", "kind", "frequency", "notes", "complications");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("notes", item.notes() == null ? List.of() : item.notes());
        if (item.frequency() != null) {
            sections.put("frequency", List.of(new StatementDoc(item.frequency().basis(), item.frequency().reference(),
                    item.frequency().locator(), item.frequency().evidenceType())));
        }
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        return Map.of("symptoms", item.complications() == null ? List.of() : item.complications());
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        problems.oneOf("kind", item.kind(), Site.KINDS, true);
        if (item.parent() != null && !context.slugs(PATH).contains(item.parent())) {
            problems.add("unknown parent '" + item.parent() + "'");
        }
        if (item.frequency() != null) {
            problems.percent("frequency", item.frequency().percentOfPatients(), true);
        }
    }

    @Override
    public void validateAll(List<Item> items, Problems problems) {
        Map<String, String> parents = items.stream().filter(i -> i.parent() != null)
                .collect(Collectors.toMap(Item::slug, Item::parent, (a, b) -> a));
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
        rows.execute("INSERT INTO site (item_id, kind, frequency_percent) VALUES (?, ?, ?) ON CONFLICT (item_id) DO UPDATE"
                + " SET kind = EXCLUDED.kind, frequency_percent = EXCLUDED.frequency_percent", id, item.kind(),
                item.frequency() == null ? null : item.frequency().percentOfPatients());
        rows.execute("UPDATE site SET parent_id = (SELECT id FROM content_item WHERE collection = 'sites' AND slug = ?) WHERE item_id = ?",
                item.parent(), id);
        for (var entry : knowledge.entrySet()) {
            if (entry.getKey().path().equals(PATH)) {
                for (Item child : entry.getValue()) {
                    if (item.slug().equals(child.parent())) {
                        rows.execute("UPDATE site SET parent_id = ? WHERE item_id = (SELECT id FROM content_item WHERE collection = 'sites'"
                                + " AND slug = ?)", id, child.slug());
                    }
                }
            }
        }
    }
}
