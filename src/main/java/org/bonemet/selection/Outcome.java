package org.bonemet.selection;

/** Three-valued result of a rule: a missing input makes a condition unknown, not false. */
public enum Outcome {
    MET("met"), NOT_MET("not-met"), UNKNOWN("unknown");

    public final String token;

    Outcome(String token) {
        this.token = token;
    }

    static Outcome of(boolean met) {
        return met ? MET : NOT_MET;
    }

    Outcome not() {
        return this == MET ? NOT_MET : this == NOT_MET ? MET : UNKNOWN;
    }
}
