package org.bonemet.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.smallrye.openapi.runtime.io.Format;

class OpenApiDocumentRouteTest {

    @ParameterizedTest(name = "{0} Accept={1} format={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "/q/openapi,      -,                     -,    YAML",
            "/q/openapi,      application/json,      -,    JSON",
            "/q/openapi,      'text/html, */*',      -,    YAML",
            "/q/openapi,      -,                     json, JSON",
            "/q/openapi,      -,                     JSON, JSON",
            "/q/openapi,      -,                     yaml, YAML",
            "/q/openapi,      application/json,      yaml, JSON",
            "/q/openapi,      application/yaml,      json, JSON",
            "/q/openapi.json, -,                     yaml, JSON",
            "/q/openapi.json, application/yaml,      -,    JSON",
            "/q/openapi.yaml, application/json,      json, YAML",
            "/q/openapi.yml,  application/json,      -,    YAML",
    })
    void choosesTheFormatAsQuarkusDoes(String path, String accept, String parameter, Format expected) {
        assertThat(OpenApiDocumentRoute.format(path, accept, parameter)).isEqualTo(expected);
    }
}
