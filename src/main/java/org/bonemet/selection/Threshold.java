package org.bonemet.selection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The numeric limits that triage, alerts, scores and selection criteria share, each defined once here in both
 * units its source gives, so that a value is always compared in the unit it was measured in and never rounded
 * through a conversion first (12.0 mg/dL is not 2.99 mmol/L). Rules name a threshold by its slug; the rule says
 * which side of it (lt, lte, gt, gte) holds.
 */
public enum Threshold {

    /** CTCAE v5.0 hypercalcaemia grade 2 starts above this corrected calcium. */
    HYPERCALCAEMIA_GRADE_2("hypercalcaemia-grade-2", "2.9", "11.5", "ctcae-v5"),
    /** CTCAE v5.0 grade 3 (hospitalisation indicated) starts above this: the emergency limit. */
    HYPERCALCAEMIA_GRADE_3("hypercalcaemia-grade-3", "3.1", "12.5", "ctcae-v5"),
    /** CTCAE v5.0 grade 4 (life-threatening) starts above this. */
    HYPERCALCAEMIA_GRADE_4("hypercalcaemia-grade-4", "3.4", "13.5", "ctcae-v5"),
    /** Zoledronic acid's label treats hypercalcaemia of malignancy from this corrected calcium on. */
    ZOLEDRONIC_ACID_HYPERCALCAEMIA("zoledronic-acid-hypercalcaemia", "3.0", "12.0", "zometa-smpc"),
    /** CTCAE v5.0 hypocalcaemia grade 2 starts below this corrected calcium (grade 1 below the laboratory's lower limit). */
    HYPOCALCAEMIA_GRADE_2("hypocalcaemia-grade-2", "2.0", "8.0", "ctcae-v5");

    public static final String MMOL_L = "mmol-l";
    public static final String MG_DL = "mg-dl";

    public final String slug;
    public final BigDecimal mmolPerL;
    public final BigDecimal mgPerDl;
    /** The reference slug of the source that defines it. */
    public final String reference;
    // written out once: texts with thresholds are rendered for every alert and score of every evaluation
    private final String placeholder;
    private final String english;
    private final String german;

    Threshold(String slug, String mmolPerL, String mgPerDl, String reference) {
        this.slug = slug;
        this.mmolPerL = new BigDecimal(mmolPerL);
        this.mgPerDl = new BigDecimal(mgPerDl);
        this.reference = reference;
        this.placeholder = "{" + slug + "}";
        this.english = this.mmolPerL.toPlainString() + " mmol/L (" + this.mgPerDl.toPlainString() + " mg/dL)";
        this.german = english.replace('.', ',').replace("mmol/L", "mmol/l").replace("mg/dL", "mg/dl");
    }

    /** The limit in {@code unit} ({@value #MMOL_L} or {@value #MG_DL}). */
    public BigDecimal in(String unit) {
        return switch (unit) {
            case MMOL_L -> mmolPerL;
            case MG_DL -> mgPerDl;
            default -> throw new IllegalArgumentException("unknown calcium unit " + unit);
        };
    }

    /** "3.1 mmol/L (12.5 mg/dL)", or with German decimal commas and unit spelling for {@code de}. */
    public String text(String lang) {
        return "de".equals(lang) ? german : english;
    }

    /** Replaces every {@code {slug}} of a threshold in {@code text} by the threshold in both units. */
    public static String render(String text, String lang) {
        String rendered = text;
        for (Threshold threshold : values()) {
            rendered = rendered.replace(threshold.placeholder, threshold.text(lang));
        }
        return rendered;
    }

    public static Optional<Threshold> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
