package org.bonemet.editing;

/** The roles of the {@code groups} claim. Editors propose changes; reviewers publish or reject them; admins do both. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
