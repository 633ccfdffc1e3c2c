package org.bonemet.editing;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentCollections;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The request body of each collection's editorial writes in the OpenAPI document: its own schema,
 * {@code <Collection>SourceDocument}, made of the common fields ({@code SourceDocument}) and the collection's
 * ({@link ContentCollection#fieldsType()}), so that a generated client gets one typed body per collection.
 */
public final class SourceDocumentSchemas {

    private static final String BASE = "/api/v1/";

    private SourceDocumentSchemas() {
    }

    public static void apply(OpenAPI openAPI) {
        for (ContentCollection collection : ContentCollections.all()) {
            String fields = schemaName(collection.fieldsType());
            String name = fields.replaceFirst("Fields$", "") + "SourceDocument";
            openAPI.getComponents().addSchema(name, OASFactory.createSchema()
                    .description("The source document of an entry of `" + BASE + collection.path() + "`: the common fields and the collection's own.")
                    .addAllOf(ref("SourceDocument")).addAllOf(ref(fields)));
            body(openAPI, collection.path(), name);
        }
        body(openAPI, "references", "ReferenceSourceDocument");
    }

    private static void body(OpenAPI openAPI, String path, String schema) {
        operation(openAPI, BASE + path, PathItem.HttpMethod.POST, schema);
        operation(openAPI, BASE + path + "/{slug}", PathItem.HttpMethod.PUT, schema);
    }

    private static void operation(OpenAPI openAPI, String path, PathItem.HttpMethod method, String schema) {
        PathItem item = openAPI.getPaths().getPathItem(path);
        Operation operation = item == null ? null : item.getOperations().get(method);
        if (operation == null || operation.getRequestBody() == null) {
            throw new IllegalStateException(method + " " + path + " is not an editorial write with a body");
        }
        operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> media.setSchema(ref(schema)));
    }

    private static String schemaName(Class<?> type) {
        var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return annotation == null || annotation.name().isEmpty() ? type.getSimpleName() : annotation.name();
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }
}
