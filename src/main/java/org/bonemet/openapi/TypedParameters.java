package org.bonemet.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.bonemet.content.Languages;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Parameters and values as a typed client needs them: path parameters in the order of the path (so that
 * {@code lookupCode(system, code)} reads like the URL), one shared {@code Language} type for {@code lang}, integer
 * and string types where the Java signature left none, {@code If-None-Match} on every GET that answers 304, and
 * enumerations written as enumerations rather than as patterns.
 */
final class TypedParameters {

    /** A Bean Validation pattern that only lists values, like {@code lytic|blastic|mixed}. */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\^?\\(?([A-Za-z0-9-]+(\\|[A-Za-z0-9-]+)+)\\)?\\$?");

    private TypedParameters() {
    }

    static void addComponents(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Language", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.copyOf(Languages.SUPPORTED))
                .description("A language of the texts: `en` (the original) or `de`; a missing translation falls back to English."));
        openAPI.getComponents().addParameter("IfNoneMatch", OASFactory.createParameter().name("If-None-Match")
                .in(Parameter.In.HEADER).required(false)
                .description("The ETag of a representation you hold: 304 Not Modified, with no body, when it is still current.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
    }

    static void apply(String path, HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        for (Parameter parameter : parameters) {
            if (parameter.getRef() != null) {
                continue;
            }
            switch (parameter.getName()) {
                case "lang" -> parameter.setSchema(OASFactory.createSchema().ref("Language"));
                case "number" -> integer(parameter.getSchema());
                case "limit" -> integer(parameter.getSchema());
                case "since" -> {
                    parameter.getSchema().addType(Schema.SchemaType.STRING);
                    parameter.setExample(String.valueOf(parameter.getExample()));
                }
                default -> {
                }
            }
        }
        parameters.sort(Comparator.comparingInt(p -> p.getRef() == null && p.getIn() == Parameter.In.PATH
                ? path.indexOf("{" + p.getName() + "}") : Integer.MAX_VALUE));
        if (method == HttpMethod.GET && operation.getResponses().getAPIResponse("304") != null) {
            parameters.add(OASFactory.createParameter().ref("IfNoneMatch"));
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);
    }

    private static void integer(Schema schema) {
        if (schema.getType() == null || schema.getType().isEmpty()) {
            schema.addType(Schema.SchemaType.INTEGER).format("int32");
        }
    }

    /** Types a schema that has none from its enumeration, and an enumeration from a pattern that only lists values. */
    static void type(Schema schema) {
        if (schema.getType() == null && schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()
                && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.addType(Schema.SchemaType.STRING);
        }
        if (schema.getPattern() != null && ALTERNATIVES.matcher(schema.getPattern()).matches()) {
            var matcher = ALTERNATIVES.matcher(schema.getPattern());
            matcher.matches();
            schema.setEnumeration(List.of((Object[]) matcher.group(1).split("\\|")));
            schema.setPattern(null);
            schema.setMaxLength(null);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NUMBER) && schema.getFormat() == null) {
            schema.setFormat("double");
        }
    }
}
