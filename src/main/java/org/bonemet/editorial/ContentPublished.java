package org.bonemet.editorial;

/** Fired when a publication commits: whatever holds published content in memory must let go of it. */
public record ContentPublished(String collection, String slug, long cursor) {
}
