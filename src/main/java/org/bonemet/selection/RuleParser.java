package org.bonemet.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bonemet.selection.Rule.Operator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a rule from JSON and checks it against the profile fields: known field, operator that suits the
 * field's type, values of the right type and, for enumerations and slugs, values that exist. Every problem
 * is reported with its path, so a bad criterion is refused when content is loaded, not when evaluated.
 */
public final class RuleParser {

    private final Set<String> cancerSlugs;
    private final Set<String> siteSlugs;

    public RuleParser(Set<String> cancerSlugs, Set<String> siteSlugs) {
        this.cancerSlugs = cancerSlugs;
        this.siteSlugs = siteSlugs;
    }

    public static final class InvalidRuleException extends RuntimeException {
        public final List<String> problems;

        InvalidRuleException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = problems;
        }
    }

    /** @throws InvalidRuleException listing every problem found */
    public Rule parse(JsonNode node) {
        List<String> problems = new ArrayList<>();
        Rule rule = parse(node, "rule", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        return rule;
    }

    private Rule parse(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject() || node.size() == 0) {
            problems.add(path + ": must be an object");
            return null;
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (keys.size() == 1 && (keys.contains("all") || keys.contains("any"))) {
            String group = keys.get(0);
            JsonNode members = node.get(group);
            if (!members.isArray() || members.isEmpty()) {
                problems.add(path + "." + group + ": must be a non-empty list of rules");
                return null;
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                rules.add(parse(members.get(i), path + "." + group + "[" + i + "]", problems));
            }
            return group.equals("all") ? new Rule.All(rules) : new Rule.Any(rules);
        }
        if (keys.size() == 1 && keys.contains("not")) {
            return new Rule.Not(parse(node.get("not"), path + ".not", problems));
        }
        if (keys.size() == 1 && keys.contains("lesion")) {
            return new Rule.Lesion(parse(node.get("lesion"), path + ".lesion", problems));
        }
        if (!Set.copyOf(keys).equals(Set.of("field", "op", "value"))) {
            problems.add(path + ": must be {field, op, value} or a single all, any, not or lesion");
            return null;
        }
        return condition(node, path, problems);
    }

    private Rule condition(JsonNode node, String path, List<String> problems) {
        String fieldPath = node.get("field").asText();
        ProfileField field = ProfileField.byPath(fieldPath).orElse(null);
        Operator op = Arrays.stream(Operator.values()).filter(o -> o.token.equals(node.get("op").asText())).findFirst().orElse(null);
        if (field == null) {
            problems.add(path + ".field: unknown field '" + fieldPath + "'");
        }
        if (op == null) {
            problems.add(path + ".op: unknown operator '" + node.get("op").asText() + "'");
        }
        if (field == null || op == null) {
            return null;
        }
        if (op.ordering() && !field.type.numeric()) {
            problems.add(path + ".op: '" + op.token + "' needs a numeric field, '" + field.path + "' is not");
            return null;
        }
        if (field.type == ProfileField.Type.SET && !List.of(Operator.IN, Operator.NOT_IN, Operator.SUBSET_OF, Operator.PRESENT).contains(op)) {
            problems.add(path + ".op: '" + field.path + "' is a set: use in (any of), not-in (none of), subset-of or present");
            return null;
        }
        if (op == Operator.SUBSET_OF && field.type != ProfileField.Type.SET) {
            problems.add(path + ".op: 'subset-of' needs a set field, '" + field.path + "' is not");
            return null;
        }
        if (field.type == ProfileField.Type.CALCIUM && (op == Operator.BETWEEN || !op.ordering())) {
            problems.add(path + ".op: '" + field.path + "' is compared with a threshold by lt, lte, gt or gte");
            return null;
        }
        JsonNode value = node.get("value");
        switch (op) {
            case PRESENT -> expect(value.isBoolean(), path, "must be true or false", problems);
            case IN, NOT_IN, SUBSET_OF -> {
                if (!value.isArray() || value.isEmpty()) {
                    problems.add(path + ".value: must be a non-empty list");
                } else {
                    for (Iterator<JsonNode> it = value.elements(); it.hasNext();) {
                        checkValue(field, it.next(), path + ".value", problems);
                    }
                }
            }
            case BETWEEN -> expect(value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(1).isNumber()
                    && value.get(0).asDouble() <= value.get(1).asDouble(), path, "must be [low, high] with low <= high", problems);
            default -> checkValue(field, value, path + ".value", problems);
        }
        return new Rule.Condition(field, op, value);
    }

    private void checkValue(ProfileField field, JsonNode value, String path, List<String> problems) {
        switch (field.type) {
            case BOOLEAN -> expect(value.isBoolean(), path, "must be true or false", problems);
            case INTEGER -> expect(value.isIntegralNumber(), path, "must be an integer", problems);
            case NUMBER -> expect(value.isNumber(), path, "must be a number", problems);
            case CALCIUM -> expect(value.isTextual() && Threshold.bySlug(value.asText()).isPresent(), path,
                    "must name a threshold: one of " + String.join(", ", Arrays.stream(Threshold.values()).map(t -> t.slug).toList()), problems);
            case SET -> expect(value.isTextual() && field.values.contains(value.asText()), path,
                    "'" + value + "' is not one of " + String.join(", ", field.values), problems);
            case ENUM -> expect(value.isTextual() && field.values.contains(value.asText()), path,
                    "'" + value + "' is not one of " + String.join(", ", field.values), problems);
            case CANCER_SLUG -> expect(value.isTextual() && cancerSlugs.contains(value.asText()), path,
                    "'" + value + "' is not a primary-cancer slug", problems);
            case SITE_SLUG -> expect(value.isTextual() && siteSlugs.contains(value.asText()), path,
                    "'" + value + "' is not a site slug", problems);
        }
    }

    private static void expect(boolean ok, String path, String message, List<String> problems) {
        if (!ok) {
            problems.add(path + ": " + message);
        }
    }

    /** The fields a rule reads, for explaining which inputs a criterion used. */
    public static Set<ProfileField> fields(Rule rule) {
        if (rule instanceof Rule.Condition c) {
            return Set.of(c.field());
        }
        if (rule instanceof Rule.Not n) {
            return fields(n.rule());
        }
        if (rule instanceof Rule.Lesion l) {
            return fields(l.rule());
        }
        List<Rule> members = rule instanceof Rule.All a ? a.rules() : ((Rule.Any) rule).rules();
        return members.stream().flatMap(r -> fields(r).stream()).collect(Collectors.toSet());
    }
}
