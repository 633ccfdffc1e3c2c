package org.bonemet.system;

import org.bonemet.content.Limits;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Refuses deeply nested request bodies early; no valid input of this API nests deeper than a few levels. */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Limits.MAX_NESTING_DEPTH).build());
    }
}
