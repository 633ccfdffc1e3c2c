package org.bonemet.diagnostic;

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

/** Diagnostic tests (imaging, laboratory, biopsy): what each shows, when it is used, its limits and pooled accuracy. */
public final class DiagnosticTestCollection extends EntityCollection<Investigation> {

    public static final String PATH = "tests";

    public DiagnosticTestCollection() {
        super(Investigation.class, DiagnosticTestViews::detail, DiagnosticTestViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> ownFields() {
        return Set.of("category", "shows", "indications", "limitations", "performance", "symptoms");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("shows", item.shows() == null ? List.of() : item.shows());
        sections.put("indications", item.indications() == null ? List.of() : item.indications());
        sections.put("limitations", item.limitations() == null ? List.of() : item.limitations());
        if (item.performance() != null) {
            sections.put("performance", List.of(new StatementDoc(item.performance().basis(), item.performance().reference(),
                    item.performance().locator(), item.performance().evidenceType())));
        }
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        return Map.of("symptoms", item.symptoms() == null ? List.of() : item.symptoms());
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        problems.oneOf("category", item.category(), Investigation.CATEGORIES, true);
        if (item.performance() != null) {
            problems.percent("sensitivity", item.performance().sensitivityPercent(), true);
            problems.percent("specificity", item.performance().specificityPercent(), true);
        }
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        rows.execute("INSERT INTO diagnostic_test (item_id, category, sensitivity_percent, specificity_percent) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (item_id) DO UPDATE SET category = EXCLUDED.category, sensitivity_percent = EXCLUDED.sensitivity_percent,"
                + " specificity_percent = EXCLUDED.specificity_percent", id, item.category(),
                item.performance() == null ? null : item.performance().sensitivityPercent(),
                item.performance() == null ? null : item.performance().specificityPercent());
    }
}
