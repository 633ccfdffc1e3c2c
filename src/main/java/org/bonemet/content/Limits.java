package org.bonemet.content;

/**
 * The limits of what the API accepts and serves, in one place: request validation, the content validator, the
 * JSON reader and the OpenAPI document all read them from here.
 */
public final class Limits {

    /** No query parameter, path segment or header value the API reads is longer. */
    public static final int MAX_PARAMETER_LENGTH = 200;
    /** No text of the API is longer (the content validator refuses longer content). */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** No list in a response is longer: pages hold at most 100 items, entries far fewer links. */
    public static final int MAX_ITEMS = 1_000;
    /** No valid request body nests deeper than a few levels. */
    public static final int MAX_NESTING_DEPTH = 32;

    private Limits() {
    }
}
