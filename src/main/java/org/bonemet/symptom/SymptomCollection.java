package org.bonemet.symptom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Rows;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.StatementDoc;

/** Symptoms and complications: their urgency, features, red flags and first clinical steps, and the tests they call for. */
public final class SymptomCollection extends EntityCollection<Symptom, SymptomFields> {

    public static final String PATH = "symptoms";

    public SymptomCollection() {
        super(Symptom.class, SymptomFields.class, SymptomViews::detail, SymptomViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        SymptomFields own = fields(item);
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("features", own.features() == null ? List.of() : own.features());
        sections.put("redFlags", own.redFlags() == null ? List.of() : own.redFlags());
        sections.put("management", own.management() == null ? List.of() : own.management());
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        SymptomFields own = fields(item);
        return Map.of("tests", own.tests() == null ? List.of() : own.tests());
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        SymptomFields own = fields(item);
        problems.oneOf("kind", own.kind(), Symptom.KINDS, true);
        problems.oneOf("urgency", own.urgency(), Symptom.URGENCIES, true);
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        SymptomFields own = fields(item);
        rows.execute("INSERT INTO symptom (item_id, kind, urgency) VALUES (?, ?, ?) ON CONFLICT (item_id) DO UPDATE"
                + " SET kind = EXCLUDED.kind, urgency = EXCLUDED.urgency", id, own.kind(), own.urgency());
    }
}
