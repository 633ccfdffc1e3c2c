package org.bonemet.cancer;

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

/** Primary cancers that spread to bone: incidence of bone metastases, lesion type, radiosensitivity, survival. */
public final class PrimaryCancerCollection extends EntityCollection<PrimaryCancer, PrimaryCancerFields> {

    public static final String PATH = "primary-cancers";

    public PrimaryCancerCollection() {
        super(PrimaryCancer.class, PrimaryCancerFields.class, PrimaryCancerViews::detail, PrimaryCancerViews::summary);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Set<String> figureSections() {
        return Set.of("incidence", "medianSurvival");
    }

    @Override
    public Map<String, List<StatementDoc>> sections(Item item) {
        PrimaryCancerFields own = fields(item);
        Map<String, List<StatementDoc>> sections = new LinkedHashMap<>();
        sections.put("notes", own.notes() == null ? List.of() : own.notes());
        var incidence = own.boneMetastasisIncidence();
        if (incidence != null) {
            sections.put("incidence", List.of(new StatementDoc(incidence.text(), incidence.reference(), incidence.locator(),
                    incidence.evidenceType())));
        }
        if (own.medianSurvival() != null) {
            sections.put("medianSurvival", List.of(own.medianSurvival()));
        }
        return sections;
    }

    @Override
    public Map<String, List<String>> relations(Item item) {
        PrimaryCancerFields own = fields(item);
        Map<String, List<String>> relations = new LinkedHashMap<>();
        relations.put("tests", own.tests() == null ? List.of() : own.tests());
        relations.put("treatments", own.treatments() == null ? List.of() : own.treatments());
        return relations;
    }

    @Override
    public void validate(Item item, ValidationContext context, Problems problems) {
        PrimaryCancerFields own = fields(item);
        problems.oneOf("lesionType", own.lesionType(), PrimaryCancer.LESION_TYPES, true);
        problems.oneOf("radiosensitivity", own.radiosensitivity(), PrimaryCancer.RADIOSENSITIVITIES, false);
        if (own.marrowMalignancy() == null) {
            problems.add("marrowMalignancy is required");
        }
        var incidence = own.boneMetastasisIncidence();
        if (incidence != null && (problems.percent("incidence", incidence.low(), true) & problems.percent("incidence", incidence.high(), true))
                && incidence.low().compareTo(incidence.high()) > 0) {
            problems.add("incidence low exceeds high");
        }
    }

    @Override
    public void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge) {
        PrimaryCancerFields own = fields(item);
        var incidence = own.boneMetastasisIncidence();
        rows.execute("INSERT INTO primary_cancer (item_id, marrow_malignancy, lesion_type, radiosensitivity, incidence_low, incidence_high)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET marrow_malignancy = EXCLUDED.marrow_malignancy,"
                + " lesion_type = EXCLUDED.lesion_type, radiosensitivity = EXCLUDED.radiosensitivity, incidence_low = EXCLUDED.incidence_low,"
                + " incidence_high = EXCLUDED.incidence_high", id, own.marrowMalignancy(), own.lesionType(), own.radiosensitivity(),
                incidence == null ? null : incidence.low(), incidence == null ? null : incidence.high());
    }
}
