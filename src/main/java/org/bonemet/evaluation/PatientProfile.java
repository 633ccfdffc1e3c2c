package org.bonemet.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A patient profile for treatment options; every field is optional, and what is missing stays unknown. */
@Schema(description = "Every field is optional: criteria that need a missing field are reported as unknown.")
public record PatientProfile(
        @Size(max = 100) @Pattern(regexp = SLUG, message = "must be a primary-cancer slug") @Schema(example = "prostate-cancer") String primaryCancer,
        Boolean castrationResistant,
        @Min(0) @Max(1000) Integer boneLesionCount,
        @Size(max = 50) List<@Valid @NotNull Lesion> lesions,
        @Size(max = 100) @Pattern(regexp = "none|treatable|untreatable", message = "must be one of none, treatable, untreatable") String visceralMetastases,
        @Min(0) @Max(5) Integer ecog,
        @Min(0) @Max(100) Integer kps,
        @Valid Neurology neurology,
        @Size(max = 100) @Pattern(regexp = "0|1a|1b|1c|2|3", message = "must be one of 0, 1a, 1b, 1c, 2, 3")
        @Schema(extensions = @Extension(name = "x-enum-varnames", parseValue = true,
                value = "[\"GRADE_0\", \"GRADE_1A\", \"GRADE_1B\", \"GRADE_1C\", \"GRADE_2\", \"GRADE_3\"]")) String bilskyGrade,
        @DecimalMin("0") @DecimalMax("300") @Schema(description = "mL/min") BigDecimal creatinineClearance,
        @Valid CalciumValue correctedCalcium,
        @Size(max = 100) @Pattern(regexp = "healthy|needs-treatment", message = "must be one of healthy, needs-treatment") String dentalStatus,
        @DecimalMin("0") @DecimalMax("600") BigDecimal expectedSurvivalMonths,
        @Schema(description = "Whether the primary tumour is controlled (treated, with no sign of progression at its site).")
        Boolean primaryControlled,
        @Min(0) @Max(20) @Schema(description = "How many earlier lines of systemic treatment the metastatic disease has had.")
        Integer priorSystemicLines,
        @Schema(description = "True when the treating team judges no other available systemic treatment suitable"
                + " (one of the ways into radium-223's licensed use).")
        Boolean ineligibleForOtherSystemicTherapy,
        @Size(max = 20) @Schema(description = "The systemic treatments the patient receives now, by slug from the list of the"
                + " `TherapySlug` schema; an empty list says none.")
        List<@NotNull @Size(max = 100) String> currentTherapies,
        @Size(max = 5) @Schema(description = "Inputs of any calculator of /api/v1/scores by its name; computed and used by the criteria.")
        Map<String, JsonNode> scoreInputs,
        @Size(max = 5) @Schema(description = "Totals already computed elsewhere, by calculator name; scoreInputs win over these.")
        Map<String, Integer> scores) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    public record Lesion(
            @Size(max = 100) @Pattern(regexp = SLUG, message = "must be a site slug") @Schema(example = "thoracic-spine") String site,
            @Size(max = 100) @Pattern(regexp = "C[1-7]|T([1-9]|1[0-2])|L[1-5]|S[1-5]", message = "must be a vertebral level such as C5, T7, L2 or S1")
            String spinalLevel,
            @Size(max = 100) @Pattern(regexp = "lytic|blastic|mixed", message = "must be one of lytic, blastic, mixed") String lesionType,
            @Size(max = 100) @Pattern(regexp = "none|occasional|mild|moderate|functional|mechanical",
                    message = "must be one of none, occasional, mild, moderate, functional, mechanical") String pain,
            @Size(max = 100) @Pattern(regexp = "under-one-third|one-third-to-two-thirds|over-two-thirds",
                    message = "must be one of under-one-third, one-third-to-two-thirds, over-two-thirds") String sizeFraction,
            @DecimalMin("0") @DecimalMax("200") @Schema(description = "Gy already given to this site") BigDecimal priorRadiotherapyGy) {
    }

    public record Neurology(
            @Size(max = 100) @Pattern(regexp = "none|radiculopathy|myelopathy|cauda-equina",
                    message = "must be one of none, radiculopathy, myelopathy, cauda-equina") String deficit,
            Boolean ambulatory,
            @DecimalMin("0") @DecimalMax("100000") BigDecimal hoursSinceLossOfWalking) {
    }

    public record CalciumValue(
            @NotNull @DecimalMin("0.5") @DecimalMax("24") BigDecimal value,
            @NotNull @Size(max = 100) @Pattern(regexp = "mmol-l|mg-dl", message = "must be one of mmol-l, mg-dl") String unit) {
    }
}
