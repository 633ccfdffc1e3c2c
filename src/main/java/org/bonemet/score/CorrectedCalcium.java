package org.bonemet.score;

import org.bonemet.selection.Threshold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Albumin-corrected calcium and its CTCAE hypercalcaemia grade. In SI units the correction is
 * {@code Ca + 0.02 x (40 - albumin g/L)}, in conventional units {@code Ca + 0.8 x (4.0 - albumin g/dL)}.
 * Grades follow the CTCAE v5.0 limits of {@link Threshold} (grade 2 above 2.9 mmol/L or 11.5 mg/dL, grade 3 above
 * 3.1 or 12.5, grade 4 above 3.4 or 13.5), compared in the unit given. Grade 1 starts at the laboratory's upper limit of normal, which the API does
 * not know, so totals up to the grade 1 ceiling share one band. Low totals are not read as normal: below CTCAE v5.0's
 * hypocalcaemia grade 2 limit (2.0 mmol/L or 8.0 mg/dL) a band of its own says grade 2 hypocalcaemia or worse; between
 * that limit and the laboratory's lower limit, grade 1 hypocalcaemia, shares the band with normal values.
 */
final class CorrectedCalcium implements Score {

    private record Unit(String name, String calciumUnit, String albuminUnit, BigDecimal factor, BigDecimal albuminReference,
            double[] calciumRange, double[] albuminRange) {
    }

    private static final Unit MMOL = new Unit(Threshold.MMOL_L, "mmol/L", "g/L", new BigDecimal("0.02"), new BigDecimal("40"),
            new double[] { 0.5, 6.0 }, new double[] { 5, 70 });
    private static final Unit MG = new Unit(Threshold.MG_DL, "mg/dL", "g/dL", new BigDecimal("0.8"), new BigDecimal("4.0"),
            new double[] { 2, 24 }, new double[] { 0.5, 7.0 });
    /** The grades start above these, in the unit given (never through a rounded conversion). */
    private static final List<Threshold> GRADE_FLOORS = List.of(Threshold.HYPERCALCAEMIA_GRADE_2, Threshold.HYPERCALCAEMIA_GRADE_3,
            Threshold.HYPERCALCAEMIA_GRADE_4);

    private static final String UNRELIABLE = " The correction is unreliable in chronic kidney disease, with myeloma paraproteins"
            + " and in acid-base disturbance; ionised calcium is measured then.";
    private static final String CAVEAT = UNRELIABLE + " Symptomatic hypercalcaemia is managed as severe whatever the number.";
    private static final Band LOW = new Band("hypocalcaemia-grade-2-or-worse", null, null, "Below {hypocalcaemia-grade-2}:"
            + " CTCAE grade 2 hypocalcaemia or worse, not normal." + UNRELIABLE);
    private static final List<Band> BANDS = List.of(LOW,
            new Band("up-to-grade-1", null, null, "From {hypocalcaemia-grade-2} up to {hypercalcaemia-grade-2}: normal, or CTCAE"
                    + " grade 1 if outside the laboratory's limits of normal (hypocalcaemia below its lower limit, hypercalcaemia"
                    + " above its upper limit)." + CAVEAT),
            new Band("grade-2", null, null, "Above {hypercalcaemia-grade-2} up to {hypercalcaemia-grade-3}: CTCAE grade 2, symptomatic"
                    + " range." + CAVEAT),
            new Band("grade-3", null, null, "Above {hypercalcaemia-grade-3} up to {hypercalcaemia-grade-4}: CTCAE grade 3,"
                    + " hospitalisation indicated; an oncological emergency." + CAVEAT),
            new Band("grade-4", null, null, "Above {hypercalcaemia-grade-4}: CTCAE grade 4, life-threatening; an oncological"
                    + " emergency." + CAVEAT));

    @Override
    public String name() {
        return "corrected-calcium";
    }

    @Override
    public String title() {
        return "Albumin-corrected calcium with CTCAE hypercalcaemia grade";
    }

    @Override
    public List<InputSpec> inputs() {
        return List.of(
                new InputSpec("calcium", "Total serum calcium in the chosen unit (mmol/L or mg/dL).", null, null, null, null),
                new InputSpec("albumin", "Serum albumin: g/L with mmol-l, g/dL with mg-dl.", null, null, null, null),
                new InputSpec("unit", "Unit system of both values.", List.of(MMOL.name(), MG.name()), null, null, null));
    }

    @Override
    public List<Band> bands() {
        return BANDS;
    }

    @Override
    public List<String> references() {
        return List.of("zoledronic-acid-us-label", "ctcae-v5");
    }

    @Override
    public Result compute(JsonNode input) {
        List<FieldError> errors = new ArrayList<>(ScoreInputs.unknownFields(input, List.of("calcium", "albumin", "unit")));
        String unitName = input == null || input.get("unit") == null ? null : input.get("unit").asText();
        Unit unit = MMOL.name().equals(unitName) ? MMOL : MG.name().equals(unitName) ? MG : null;
        if (unit == null) {
            errors.add(new FieldError("unit", "must be one of mmol-l, mg-dl"));
        }
        BigDecimal calcium = number(input, "calcium", unit == null ? null : unit.calciumRange(), unit == null ? "" : unit.calciumUnit(), errors);
        BigDecimal albumin = number(input, "albumin", unit == null ? null : unit.albuminRange(), unit == null ? "" : unit.albuminUnit(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BigDecimal correction = unit.factor().multiply(unit.albuminReference().subtract(albumin));
        // exact: both inputs have few decimals, and a rounded total could cross a grade's limit
        BigDecimal total = calcium.add(correction);
        int grade = 0;
        while (grade < 3 && total.compareTo(GRADE_FLOORS.get(grade).in(unit.name())) > 0) {
            grade++;
        }
        Band band = total.compareTo(Threshold.HYPOCALCAEMIA_GRADE_2.in(unit.name())) < 0 ? LOW : BANDS.get(grade + 1);
        return new Result(name(), total, band.name(), band.interpretation(), List.of(
                new Component("calcium", calcium.stripTrailingZeros().toPlainString() + " " + unit.calciumUnit(), calcium),
                new Component("albumin correction", "albumin " + albumin.stripTrailingZeros().toPlainString() + " " + unit.albuminUnit(),
                        correction.setScale(2, RoundingMode.HALF_UP))),
                references());
    }

    private static BigDecimal number(JsonNode input, String field, double[] range, String unit, List<FieldError> errors) {
        JsonNode value = input == null ? null : input.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(field, "must be a number"));
            return null;
        }
        if (range != null && (value.asDouble() < range[0] || value.asDouble() > range[1])) {
            errors.add(new FieldError(field, "must be from " + range[0] + " to " + range[1] + " " + unit
                    + " (a plausibility limit: check the unit)"));
            return null;
        }
        return value.decimalValue();
    }
}
