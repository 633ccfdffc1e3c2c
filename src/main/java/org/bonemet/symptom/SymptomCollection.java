package org.bonemet.symptom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentDocument.Item;
import org.bonemet.collection.ContentDocument.StatementDoc;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Rows;

/** Symptoms and complications: their urgency, features, red flags and first clinical steps, and the tests they call for. */
public final class SymptomCollection extends EntityCollection<Symptom> {

    public static final String PATH = "symptoms";

    public SymptomCollection() {
        super(Symptom.class, SymptomViews::detail, SymptomViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> ownFields() {
        return Set.of("kind", "urgency", "features", "redFlags", "management", "tests");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("features", item.features() == null ? List.of() : item.features());
        sections.put("redFlags", item.redFlags() == null ? List.of() : item.redFlags());
        sections.put("management", item.management() == null ? List.of() : item.management());
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        return Map.of("tests", item.tests() == null ? List.of() : item.tests());
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        problems.oneOf("kind", item.kind(), Symptom.KINDS, true);
        problems.oneOf("urgency", item.urgency(), Symptom.URGENCIES, true);
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        rows.execute("INSERT INTO symptom (item_id, kind, urgency) VALUES (?, ?, ?) ON CONFLICT (item_id) DO UPDATE"
                + " SET kind = EXCLUDED.kind, urgency = EXCLUDED.urgency", id, item.kind(), item.urgency());
    }
}
