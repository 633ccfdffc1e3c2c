package org.bonemet.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bonemet.score.PointScore.Categories;
import org.bonemet.score.PointScore.Ranges;
import org.bonemet.score.Score.Band;

/**
 * The score tables, transcribed from the sources named in each score's references (see the fact sheet,
 * section 6). Points, categories and band limits are the sources'; nothing here is tuned.
 */
public final class Scores {

    private Scores() {
    }

    static final PointScore MIRELS = new PointScore("mirels", "Mirels score (impending pathological fracture of a long bone)",
            List.of(
                    Categories.of("site", "Where in the long bone the lesion lies.",
                            "upper-limb", 1, "lower-limb", 2, "peritrochanteric", 3),
                    Categories.of("pain", "Pain at the lesion; functional means pain when the limb is used.",
                            "mild", 1, "moderate", 2, "functional", 3),
                    Categories.of("lesion", "Radiographic appearance of the lesion.", "blastic", 1, "mixed", 2, "lytic", 3),
                    Categories.of("size", "Share of the bone's diameter the lesion involves.",
                            "under-one-third", 1, "one-third-to-two-thirds", 2, "over-two-thirds", 3)),
            List.of(
                    band("low", 4, 7, "Low fracture risk (under 4% in the original series): radiotherapy and observation."),
                    band("borderline", 8, 8, "Fracture risk about 15%: the original study advised prophylactic fixation before radiotherapy from 8."),
                    band("high", 9, 12, "Fracture risk about 33% or more: prophylactic fixation is recommended, with radiotherapy after surgery.")),
            List.of("mirels-1989"));

    static final PointScore SINS = new PointScore("sins", "Spinal Instability Neoplastic Score (SINS)",
            List.of(
                    Categories.of("location", "Spinal level: junctional (occiput-C2, C7-T2, T11-L1, L5-S1), mobile (C3-C6, L2-L4), "
                            + "semi-rigid (T3-T10) or rigid (S2-S5).", "rigid", 0, "semi-rigid", 1, "mobile", 2, "junctional", 3),
                    Categories.of("pain", "Mechanical pain eases lying down or worsens with movement or loading.",
                            "none", 0, "occasional", 1, "mechanical", 3),
                    Categories.of("lesion", "Bone lesion type.", "blastic", 0, "mixed", 1, "lytic", 2),
                    Categories.of("alignment", "Radiographic spinal alignment.", "normal", 0, "de-novo-deformity", 2, "subluxation", 4),
                    Categories.of("collapse", "Vertebral body collapse.", "none", 0, "no-collapse-over-50-percent-involved", 1,
                            "under-50-percent", 2, "over-50-percent", 3),
                    Categories.of("posterolateral", "Fracture or tumour replacement of facet, pedicle or costovertebral joint.",
                            "none", 0, "unilateral", 1, "bilateral", 3)),
            List.of(
                    band("stable", 0, 6, "Stable."),
                    band("indeterminate", 7, 12, "Potentially unstable: surgical consultation is recommended."),
                    band("unstable", 13, 18, "Unstable: surgical consultation is recommended.")),
            List.of("fisher-2010-sins"));

    static final PointScore TOKUHASHI = new PointScore("tokuhashi-revised", "Revised Tokuhashi score (2005), spinal metastases prognosis",
            List.of(
                    new Ranges("kps", "Karnofsky performance status.", 10, 100, 10,
                            List.of(new int[] { 10, 40, 0 }, new int[] { 50, 70, 1 }, new int[] { 80, 100, 2 })),
                    new Ranges("extraspinalBoneMetastases", "Number of bone metastases outside the spine.", 0, 1000, 1,
                            List.of(new int[] { 3, 1000, 0 }, new int[] { 1, 2, 1 }, new int[] { 0, 0, 2 })),
                    new Ranges("vertebralBodyMetastases", "Number of vertebral bodies with metastases.", 1, 33, 1,
                            List.of(new int[] { 3, 33, 0 }, new int[] { 2, 2, 1 }, new int[] { 1, 1, 2 })),
                    Categories.of("majorOrganMetastases", "Metastases to major internal organs.",
                            "unremovable", 0, "removable", 1, "none", 2),
                    Categories.of("primarySite", "Site of the primary tumour.",
                            "lung", 0, "osteosarcoma", 0, "stomach", 0, "bladder", 0, "esophagus", 0, "pancreas", 0,
                            "liver", 1, "gallbladder", 1, "unidentified", 1, "other", 2, "kidney", 3, "uterus", 3, "rectum", 4,
                            "thyroid", 5, "breast", 5, "prostate", 5, "carcinoid", 5),
                    Categories.of("palsy", "Spinal cord palsy: complete (Frankel A-B), incomplete (C-D), none (E).",
                            "complete", 0, "incomplete", 1, "none", 2)),
            List.of(
                    band("under-6-months", 0, 8, "Expected survival under 6 months: conservative or palliative treatment."),
                    band("6-months-or-more", 9, 11, "Expected survival 6 months or more: palliative surgery; excision if a single "
                            + "lesion without metastases to major organs."),
                    band("1-year-or-more", 12, 15, "Expected survival 1 year or more: excisional surgery.")),
            List.of("nice-cg75-tokuhashi-table", "tokuhashi-2005-review"));

    static final PointScore TOMITA = new PointScore("tomita", "Tomita score (2001), surgical strategy for spinal metastases",
            List.of(
                    Categories.of("primaryGrowth", "Growth rate of the primary tumour.", "slow", 1, "moderate", 2, "rapid", 4),
                    Categories.of("visceralMetastases", "Metastases in internal organs.", "none", 0, "treatable", 2, "untreatable", 4),
                    Categories.of("boneMetastases", "Bone metastases including the spine.", "solitary", 1, "multiple", 2)),
            List.of(
                    band("long-term-control", 2, 3, "Long-term local control: wide or marginal excision."),
                    band("middle-term-control", 4, 5, "Middle-term local control: marginal or intralesional excision."),
                    band("short-term-palliation", 6, 7, "Short-term palliation: palliative surgery."),
                    band("terminal-care", 8, 10, "Terminal care: supportive care without surgery.")),
            List.of("tokuhashi-2005-review"));

    public static final List<Score> ALL = List.of(MIRELS, SINS, TOKUHASHI, TOMITA, new CorrectedCalcium());

    private static final Map<String, Score> BY_NAME = ALL.stream().collect(Collectors.toMap(Score::name, Function.identity()));

    public static Optional<Score> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Band band(String name, int minimum, int maximum, String interpretation) {
        return new Band(name, BigDecimal.valueOf(minimum), BigDecimal.valueOf(maximum), interpretation);
    }
}
