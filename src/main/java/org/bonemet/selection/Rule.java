package org.bonemet.selection;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A selection rule: a condition on one profile field, or a group of rules. See content/README.md for the
 * semantics (three-valued: met, not met, unknown when the profile lacks a value).
 */
public sealed interface Rule {

    record Condition(ProfileField field, Operator op, JsonNode value) implements Rule {
    }

    record All(List<Rule> rules) implements Rule {
    }

    record Any(List<Rule> rules) implements Rule {
    }

    record Not(Rule rule) implements Rule {
    }

    /** Holds when one and the same lesion satisfies the inner rule (plain lesions.* conditions may use different lesions). */
    record Lesion(Rule rule) implements Rule {
    }

    enum Operator {
        EQ("eq"), NE("ne"), IN("in"), NOT_IN("not-in"), LT("lt"), LTE("lte"), GT("gt"), GTE("gte"),
        BETWEEN("between"), PRESENT("present"),
        /** For sets: every member is one of the listed values (an empty set holds). */
        SUBSET_OF("subset-of");

        public final String token;

        Operator(String token) {
            this.token = token;
        }

        boolean ordering() {
            return this == LT || this == LTE || this == GT || this == GTE || this == BETWEEN;
        }
    }
}
