package org.bonemet.content;

import java.util.Arrays;
import java.util.Optional;

/** The content collections and their path segment, which is also their discriminator in content_item. */
public enum Collection {
    SITES("sites"),
    SYMPTOMS("symptoms"),
    TESTS("tests"),
    TREATMENTS("treatments"),
    PRIMARY_CANCERS("primary-cancers");

    public static final String SITES_PATH = "sites";
    public static final String SYMPTOMS_PATH = "symptoms";
    public static final String TESTS_PATH = "tests";
    public static final String TREATMENTS_PATH = "treatments";
    public static final String PRIMARY_CANCERS_PATH = "primary-cancers";

    public final String path;

    Collection(String path) {
        this.path = path;
    }

    public static Optional<Collection> byPath(String path) {
        return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst();
    }
}
