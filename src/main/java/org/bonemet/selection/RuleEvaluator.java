package org.bonemet.selection;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bonemet.selection.Rule.Operator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates a {@link Rule} against {@link Facts} with three-valued logic (Kleene): {@code all} is not met
 * when any part is not met, else unknown when any part is unknown; {@code any} is met when any part is met,
 * else unknown when any part is unknown. A per-lesion condition is met when some lesion satisfies it, not
 * met when every lesion gives the field and none satisfies it, and unknown otherwise (including when the
 * profile lists no lesions). {@code lesion} holds when one and the same lesion satisfies its inner rule: it is
 * met when some lesion meets it, unknown when none meets it but some is unknown, and not met otherwise.
 * {@code present} is never unknown.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    public static Outcome evaluate(Rule rule, Facts facts) {
        if (rule instanceof Rule.Not not) {
            return evaluate(not.rule(), facts).not();
        }
        if (rule instanceof Rule.All all) {
            return combine(all.rules(), facts, Outcome.NOT_MET);
        }
        if (rule instanceof Rule.Any any) {
            return combine(any.rules(), facts, Outcome.MET);
        }
        if (rule instanceof Rule.Lesion lesion) {
            return sameLesion(lesion.rule(), facts);
        }
        Rule.Condition condition = (Rule.Condition) rule;
        return condition.field().perLesion() ? lesions(condition, facts) : scalar(condition, facts.value(condition.field()), facts);
    }

    /** {@code decisive} settles the group at once: not-met for all, met for any. */
    private static Outcome combine(List<Rule> rules, Facts facts, Outcome decisive) {
        boolean unknown = false;
        for (Rule member : rules) {
            Outcome outcome = evaluate(member, facts);
            if (outcome == decisive) {
                return decisive;
            }
            unknown |= outcome == Outcome.UNKNOWN;
        }
        return unknown ? Outcome.UNKNOWN : decisive.not();
    }

    private static Outcome sameLesion(Rule rule, Facts facts) {
        boolean unknown = facts.lesions().isEmpty();
        for (Map<ProfileField, JsonNode> lesion : facts.lesions()) {
            Outcome outcome = evaluate(rule, new Facts(facts.values(), List.of(lesion), facts.siteAndAncestors()));
            if (outcome == Outcome.MET) {
                return Outcome.MET;
            }
            unknown |= outcome == Outcome.UNKNOWN;
        }
        return unknown ? Outcome.UNKNOWN : Outcome.NOT_MET;
    }

    private static Outcome lesions(Rule.Condition condition, Facts facts) {
        if (condition.op() == Operator.PRESENT) {
            boolean present = facts.lesions().stream().anyMatch(l -> l.containsKey(condition.field()));
            return Outcome.of(present == condition.value().asBoolean());
        }
        boolean unknown = facts.lesions().isEmpty();
        for (Map<ProfileField, JsonNode> lesion : facts.lesions()) {
            Outcome outcome = scalar(condition, lesion.get(condition.field()), facts);
            if (outcome == Outcome.MET) {
                return Outcome.MET;
            }
            unknown |= outcome == Outcome.UNKNOWN;
        }
        return unknown ? Outcome.UNKNOWN : Outcome.NOT_MET;
    }

    private static Outcome scalar(Rule.Condition condition, JsonNode actual, Facts facts) {
        JsonNode expected = condition.value();
        if (condition.op() == Operator.PRESENT) {
            return Outcome.of((actual != null) == expected.asBoolean());
        }
        if (actual == null) {
            return Outcome.UNKNOWN;
        }
        if (condition.field().type == ProfileField.Type.SET) {
            return set(condition.op(), actual, expected);
        }
        if (condition.field().type == ProfileField.Type.CALCIUM) {
            BigDecimal limit = Threshold.bySlug(expected.asText()).orElseThrow().in(actual.get("unit").asText());
            int order = actual.get("value").decimalValue().compareTo(limit);
            return Outcome.of(switch (condition.op()) {
                case LT -> order < 0;
                case LTE -> order <= 0;
                case GT -> order > 0;
                case GTE -> order >= 0;
                default -> throw new IllegalStateException("the parser allows only orderings on calcium");
            });
        }
        Function<JsonNode, Boolean> equals = value -> condition.field() == ProfileField.LESION_SITE
                ? facts.siteAndAncestors().apply(actual.asText()).contains(value.asText())
                : actual.isNumber() && value.isNumber() ? actual.decimalValue().compareTo(value.decimalValue()) == 0
                        : actual.equals(value);
        return Outcome.of(switch (condition.op()) {
            case EQ -> equals.apply(expected);
            case NE -> !equals.apply(expected);
            case IN -> contains(expected, equals);
            case NOT_IN -> !contains(expected, equals);
            case LT -> compare(actual, expected) < 0;
            case LTE -> compare(actual, expected) <= 0;
            case GT -> compare(actual, expected) > 0;
            case GTE -> compare(actual, expected) >= 0;
            case BETWEEN -> compare(actual, expected.get(0)) >= 0 && compare(actual, expected.get(1)) <= 0;
            case PRESENT, SUBSET_OF -> throw new IllegalStateException("handled above");
        });
    }

    /** in: any member is listed; not-in: none is; subset-of: every member is (so an empty set holds). */
    private static Outcome set(Operator op, JsonNode actual, JsonNode listed) {
        Set<String> values = new HashSet<>();
        listed.forEach(v -> values.add(v.asText()));
        long matching = 0;
        for (JsonNode member : actual) {
            matching += values.contains(member.asText()) ? 1 : 0;
        }
        return Outcome.of(switch (op) {
            case IN -> matching > 0;
            case NOT_IN -> matching == 0;
            case SUBSET_OF -> matching == actual.size();
            default -> throw new IllegalStateException("the parser allows only in, not-in, subset-of and present on sets");
        });
    }

    private static boolean contains(JsonNode list, Function<JsonNode, Boolean> equals) {
        for (JsonNode value : list) {
            if (equals.apply(value)) {
                return true;
            }
        }
        return false;
    }

    private static int compare(JsonNode actual, JsonNode expected) {
        return actual.decimalValue().compareTo(expected.decimalValue());
    }
}
