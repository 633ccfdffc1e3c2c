package org.bonemet.http;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Remembers which keys were asked for not long ago, so that a cache keeps only what is asked for a second time: in a
 * stream of mostly new questions, keeping every first answer only fills the old generation of the heap with entries
 * evicted unused. Each key's hash takes the slot it picks in a small table; a newer key takes the slot over, and a
 * hash that collides only lets an answer in early.
 */
public final class Doorkeeper {

    private final AtomicIntegerArray seen;

    /** A table of 2^{@code bits} slots. */
    public Doorkeeper(int bits) {
        seen = new AtomicIntegerArray(1 << bits);
    }

    /** Whether {@code key} was asked for before, not long ago; notes that it was asked now. */
    public boolean askedAgain(String key) {
        int hash = key.hashCode();
        return seen.getAndSet(hash & (seen.length() - 1), hash) == hash;
    }
}
