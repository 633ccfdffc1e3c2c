package org.bonemet.diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.EntityCollection;
import org.bonemet.collection.Problems;
import org.bonemet.collection.Rows;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.StatementDoc;

/** Diagnostic tests (imaging, laboratory, biopsy): what each shows, when it is used, its limits and pooled accuracy. */
public final class DiagnosticTestCollection extends EntityCollection<Investigation, DiagnosticTestFields> {

    public static final String PATH = "tests";

    public DiagnosticTestCollection() {
        super(Investigation.class, DiagnosticTestFields.class, DiagnosticTestViews::detail, DiagnosticTestViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> figureSections() {
        return Set.of("performance");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        DiagnosticTestFields own = fields(item);
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("shows", own.shows() == null ? List.of() : own.shows());
        sections.put("indications", own.indications() == null ? List.of() : own.indications());
        sections.put("limitations", own.limitations() == null ? List.of() : own.limitations());
        if (own.performance() != null) {
            sections.put("performance", List.of(new StatementDoc(own.performance().basis(), own.performance().reference(),
                    own.performance().locator(), own.performance().evidenceType())));
        }
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        DiagnosticTestFields own = fields(item);
        return Map.of("symptoms", own.symptoms() == null ? List.of() : own.symptoms());
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        DiagnosticTestFields own = fields(item);
        problems.oneOf("category", own.category(), Investigation.CATEGORIES, true);
        if (own.performance() != null) {
            problems.percent("sensitivity", own.performance().sensitivityPercent(), true);
            problems.percent("specificity", own.performance().specificityPercent(), true);
        }
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        DiagnosticTestFields own = fields(item);
        rows.execute("INSERT INTO diagnostic_test (item_id, category, sensitivity_percent, specificity_percent) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (item_id) DO UPDATE SET category = EXCLUDED.category, sensitivity_percent = EXCLUDED.sensitivity_percent,"
                + " specificity_percent = EXCLUDED.specificity_percent", id, own.category(),
                own.performance() == null ? null : own.performance().sensitivityPercent(),
                own.performance() == null ? null : own.performance().specificityPercent());
    }
}
