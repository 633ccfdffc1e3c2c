package org.bonemet.cancer;

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

/** Primary cancers that spread to bone: incidence of bone metastases, lesion type, radiosensitivity, survival. */
public final class PrimaryCancerCollection extends EntityCollection<PrimaryCancer> {

    public static final String PATH = "primary-cancers";

    public PrimaryCancerCollection() {
        super(PrimaryCancer.class, PrimaryCancerViews::detail, PrimaryCancerViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> ownFields() {
        return Set.of("marrowMalignancy", "lesionType", "radiosensitivity", "boneMetastasisIncidence", "medianSurvival", "notes", "tests",
                "treatments");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("notes", item.notes() == null ? List.of() : item.notes());
        var incidence = item.boneMetastasisIncidence();
        if (incidence != null) {
            sections.put("incidence", List.of(new StatementDoc(incidence.text(), incidence.reference(), incidence.locator(),
                    incidence.evidenceType())));
        }
        if (item.medianSurvival() != null) {
            sections.put("medianSurvival", List.of(item.medianSurvival()));
        }
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        Map<String, List<String>> relations = new LinkedHashMap<>();
        relations.put("tests", item.tests() == null ? List.of() : item.tests());
        relations.put("treatments", item.treatments() == null ? List.of() : item.treatments());
        return relations;
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        problems.oneOf("lesionType", item.lesionType(), PrimaryCancer.LESION_TYPES, true);
        problems.oneOf("radiosensitivity", item.radiosensitivity(), PrimaryCancer.RADIOSENSITIVITIES, false);
        if (item.marrowMalignancy() == null) {
            problems.add("marrowMalignancy is required");
        }
        var incidence = item.boneMetastasisIncidence();
        if (incidence != null && (problems.percent("incidence", incidence.low(), true) & problems.percent("incidence", incidence.high(), true))
                && incidence.low().compareTo(incidence.high()) > 0) {
            problems.add("incidence low exceeds high");
        }
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        var incidence = item.boneMetastasisIncidence();
        rows.execute("INSERT INTO primary_cancer (item_id, marrow_malignancy, lesion_type, radiosensitivity, incidence_low, incidence_high)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET marrow_malignancy = EXCLUDED.marrow_malignancy,"
                + " lesion_type = EXCLUDED.lesion_type, radiosensitivity = EXCLUDED.radiosensitivity, incidence_low = EXCLUDED.incidence_low,"
                + " incidence_high = EXCLUDED.incidence_high", id, item.marrowMalignancy(), item.lesionType(), item.radiosensitivity(),
                incidence == null ? null : incidence.low(), incidence == null ? null : incidence.high());
    }
}
