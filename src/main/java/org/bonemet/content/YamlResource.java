package org.bonemet.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads the YAML data files on the class path strictly: an unknown key is an error, not ignored. */
public final class YamlResource {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // numbers read into a tree keep their decimal text, as when read into a BigDecimal
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private YamlResource() {
    }

    /** The file at {@code path} as {@code type}, or empty when there is no such file. */
    public static <T> Optional<T> read(String path, Class<T> type) {
        try (InputStream in = YamlResource.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(YAML.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public static <T> T require(String path, Class<T> type) {
        return read(path, type).orElseThrow(() -> new IllegalStateException(path + " is missing"));
    }
}
