package org.bonemet.selection;

import java.util.List;
import java.util.stream.Collectors;

import org.bonemet.selection.Rule.Condition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule as one CQL expression whose identifiers are the fields of the patient profile, for people and for FHIR's
 * {@code PlanDefinition.action.condition}: {@code "ecog" <= 2 and "expectedSurvivalMonths" >= 3}. A calcium
 * threshold is compared in both units, each in its own ({@code 3.1 'mmol/L'} or {@code 12.5 'mg/dL'}), as the
 * evaluator compares a value in the unit it was measured in; the rules of one lesion read {@code L."site"}.
 */
public final class RuleText {

    private RuleText() {
    }

    public static String of(Rule rule) {
        return of(rule, false);
    }

    private static String of(Rule rule, boolean lesion) {
        if (rule instanceof Condition c) {
            return condition(c, lesion);
        } else if (rule instanceof Rule.All all) {
            return join(all.rules(), " and ", lesion);
        } else if (rule instanceof Rule.Any any) {
            return join(any.rules(), " or ", lesion);
        } else if (rule instanceof Rule.Not not) {
            return "not (" + of(not.rule(), lesion) + ")";
        }
        return "exists (\"lesions\" L where " + of(((Rule.Lesion) rule).rule(), true) + ")";
    }

    private static String join(List<Rule> rules, String operator, boolean lesion) {
        return rules.stream().map(r -> r instanceof Condition ? of(r, lesion) : "(" + of(r, lesion) + ")").collect(Collectors.joining(operator));
    }

    private static String condition(Condition c, boolean lesion) {
        String field = lesion && c.field().perLesion() ? "L.\"" + c.field().path.substring("lesions.".length()) + "\"" : "\"" + c.field().path + "\"";
        JsonNode value = c.value();
        return switch (c.op()) {
            case EQ -> field + " = " + value(value);
            case NE -> field + " != " + value(value);
            case IN -> field + " in " + value(value);
            case NOT_IN -> "not (" + field + " in " + value(value) + ")";
            case LT -> compare(field, "<", value);
            case LTE -> compare(field, "<=", value);
            case GT -> compare(field, ">", value);
            case GTE -> compare(field, ">=", value);
            case BETWEEN -> field + " between " + value(value.get(0)) + " and " + value(value.get(1));
            case PRESENT -> field + " is not null";
            case SUBSET_OF -> field + " included in " + value(value);
        };
    }

    /** A comparison; with a threshold, in each of its units (a quantity in the other unit does not compare, so "or" holds). */
    private static String compare(String field, String operator, JsonNode value) {
        return Threshold.bySlug(value.asText()).map(t -> "(" + field + " " + operator + " " + t.mmolPerL.toPlainString() + " 'mmol/L' or "
                + field + " " + operator + " " + t.mgPerDl.toPlainString() + " 'mg/dL')").orElse(field + " " + operator + " " + value(value));
    }

    private static String value(JsonNode value) {
        if (value.isArray()) {
            StringBuilder list = new StringBuilder("{ ");
            value.forEach(v -> list.append(list.length() > 2 ? ", " : "").append(value(v)));
            return list.append(" }").toString();
        }
        return value.isTextual() ? "'" + value.asText().replace("'", "\\'") + "'" : value.toString();
    }
}
