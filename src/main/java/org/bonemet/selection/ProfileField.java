package org.bonemet.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The patient-profile values a selection rule may test. Fields under {@code lesions.} are per lesion; the
 * others hold once per profile. Some are derived: from the profile (counts) or from the content (the
 * primary cancer's radiosensitivity).
 */
public enum ProfileField {
    PRIMARY_CANCER("primaryCancer", Type.CANCER_SLUG),
    PRIMARY_CANCER_RADIOSENSITIVITY("primaryCancer.radiosensitivity", Type.ENUM, "highly-radiosensitive", "radiosensitive", "radioresistant"),
    PRIMARY_CANCER_MARROW_MALIGNANCY("primaryCancer.marrowMalignancy", Type.BOOLEAN),
    CASTRATION_RESISTANT("castrationResistant", Type.BOOLEAN),
    BONE_LESION_COUNT("boneLesionCount", Type.INTEGER),
    SPINAL_LESION_COUNT("spinalLesionCount", Type.INTEGER),
    LESION_SITE("lesions.site", Type.SITE_SLUG),
    LESION_TYPE("lesions.lesionType", Type.ENUM, "lytic", "blastic", "mixed"),
    LESION_PAIN("lesions.pain", Type.ENUM, "none", "occasional", "mild", "moderate", "functional", "mechanical"),
    LESION_SIZE_FRACTION("lesions.sizeFraction", Type.ENUM, "under-one-third", "one-third-to-two-thirds", "over-two-thirds"),
    LESION_PRIOR_RADIOTHERAPY_GY("lesions.priorRadiotherapyGy", Type.NUMBER),
    VISCERAL_METASTASES("visceralMetastases", Type.ENUM, "none", "treatable", "untreatable"),
    ECOG("ecog", Type.INTEGER),
    KPS("kps", Type.INTEGER),
    NEUROLOGY_DEFICIT("neurology.deficit", Type.ENUM, "none", "radiculopathy", "myelopathy", "cauda-equina"),
    NEUROLOGY_AMBULATORY("neurology.ambulatory", Type.BOOLEAN),
    NEUROLOGY_HOURS_SINCE_LOSS_OF_WALKING("neurology.hoursSinceLossOfWalking", Type.NUMBER),
    BILSKY_GRADE("bilskyGrade", Type.ENUM, "0", "1a", "1b", "1c", "2", "3"),
    CREATININE_CLEARANCE("creatinineClearance", Type.NUMBER),
    CORRECTED_CALCIUM("correctedCalcium", Type.CALCIUM),
    DENTAL_STATUS("dentalStatus", Type.ENUM, "healthy", "needs-treatment"),
    EXPECTED_SURVIVAL_MONTHS("expectedSurvivalMonths", Type.NUMBER),
    PRIMARY_CONTROLLED("primaryControlled", Type.BOOLEAN),
    PRIOR_SYSTEMIC_LINES("priorSystemicLines", Type.INTEGER),
    INELIGIBLE_FOR_OTHER_SYSTEMIC_THERAPY("ineligibleForOtherSystemicTherapy", Type.BOOLEAN),
    CURRENT_THERAPIES("currentTherapies", Type.SET, Therapies.SLUGS.toArray(String[]::new)),
    SCORE_MIRELS("scores.mirels", Type.INTEGER),
    SCORE_SINS("scores.sins", Type.INTEGER),
    SCORE_TOKUHASHI("scores.tokuhashi-revised", Type.INTEGER),
    SCORE_TOMITA("scores.tomita", Type.INTEGER);

    public enum Type {
        CANCER_SLUG, SITE_SLUG, ENUM, BOOLEAN, INTEGER, NUMBER,
        /** A corrected calcium {value, unit}, compared only with a {@link Threshold} in its own unit. */
        CALCIUM,
        /** A set of slugs from {@code values} (given, possibly empty, or unknown). */
        SET;

        boolean numeric() {
            return this == INTEGER || this == NUMBER || this == CALCIUM;
        }
    }

    public final String path;
    public final Type type;
    public final List<String> values;

    ProfileField(String path, Type type, String... values) {
        this.path = path;
        this.type = type;
        this.values = List.of(values);
    }

    public boolean perLesion() {
        return path.startsWith("lesions.");
    }

    public static Optional<ProfileField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
