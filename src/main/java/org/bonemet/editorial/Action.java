package org.bonemet.editorial;

import java.util.Arrays;

/** What a change does to an entry: as a draft proposes it ({@code create}) and as its revision records it ({@code created}). */
public enum Action {
    CREATE("create", "created"),
    UPDATE("update", "updated"),
    DELETE("delete", "deleted");

    /** The word a draft stores. */
    public final String proposed;
    /** The word a revision and the change feed store. */
    public final String published;

    Action(String proposed, String published) {
        this.proposed = proposed;
        this.published = published;
    }

    public static Action ofDraft(String proposed) {
        return Arrays.stream(values()).filter(a -> a.proposed.equals(proposed)).findFirst().orElseThrow();
    }

    public static Action ofRevision(String published) {
        return Arrays.stream(values()).filter(a -> a.published.equals(published)).findFirst().orElseThrow();
    }
}
