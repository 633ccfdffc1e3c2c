package org.bonemet.content;

import jakarta.ws.rs.NotFoundException;

/** A slug that names nothing in its collection: a 404 problem that says what was looked for. */
public class UnknownResourceException extends NotFoundException {

    public UnknownResourceException(String collection, String slug) {
        super("No entry '" + slug + "' in " + collection + ".");
    }
}
