package org.bonemet.openapi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentCollections;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;

/**
 * Operation ids a client developer would write: {@code listSites}, {@code getSite}, {@code listSiteChildren},
 * {@code proposeNewSite}, {@code getSiteRevision}. The operations every collection shares (its resource and the
 * editorial ones it inherits) are named here from the path, with the collection's noun; every other operation
 * names itself ({@code @Operation(operationId = ...)}). The document fails to build if an id is left that names a
 * Java class, or if two operations share one.
 */
final class OperationNames {

    private static final String BASE = "/api/v1/";
    private static final Pattern SEGMENT = Pattern.compile("[a-z]+(-[a-z]+)*");

    private OperationNames() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, String> nouns = nouns();
        Set<String> seen = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith(BASE)) {
                String[] segments = path.substring(BASE.length()).split("/");
                String noun = nouns.get(segments[0]);
                if (noun != null) {
                    operation.setOperationId(name(noun, segments, method, nouns));
                }
            }
            check(path, method, operation, seen);
        }));
    }

    /** The singular noun of each collection path: its fields record's name (DiagnosticTestFields: DiagnosticTest). */
    private static Map<String, String> nouns() {
        Map<String, String> nouns = new java.util.HashMap<>();
        for (ContentCollection collection : ContentCollections.all()) {
            nouns.put(collection.path(), collection.fieldsType().getSimpleName().replaceFirst("Fields$", ""));
        }
        nouns.put("references", "Reference");
        return nouns;
    }

    private static String name(String noun, String[] segments, HttpMethod method, Map<String, String> nouns) {
        String shape = String.join("/", java.util.Arrays.stream(segments).map(s -> s.startsWith("{") ? "{}" : s).toList());
        return switch (method + " " + shape.replaceFirst("^[^/]+", "c")) {
            case "GET c" -> "list" + noun + "s";
            case "POST c" -> "proposeNew" + noun;
            case "GET c/{}" -> "get" + noun;
            case "PUT c/{}" -> "propose" + noun + "Update";
            case "PATCH c/{}" -> "propose" + noun + "Patch";
            case "DELETE c/{}" -> "propose" + noun + "Deletion";
            case "GET c/{}/revisions" -> "list" + noun + "Revisions";
            case "GET c/{}/revisions/{}" -> "get" + noun + "Revision";
            case "POST c/{}/revisions/{}/restore" -> "restore" + noun + "Revision";
            default -> {
                if (method == HttpMethod.GET && segments.length == 3 && SEGMENT.matcher(segments[2]).matches()) {
                    String related = nouns.containsKey(segments[2]) ? nouns.get(segments[2]) + "s" : pascal(segments[2]);
                    yield "list" + noun + related;
                }
                throw new IllegalStateException("No operation name for " + method + " " + String.join("/", segments));
            }
        };
    }

    private static void check(String path, HttpMethod method, Operation operation, Set<String> seen) {
        String id = operation.getOperationId();
        if (id == null || id.contains("_") || id.contains("Resource")) {
            throw new IllegalStateException(method + " " + path + " has no operation id a client would use: " + id);
        }
        if (!seen.add(id)) {
            throw new IllegalStateException("Two operations are called " + id);
        }
    }

    /** {@code primary-cancers} as {@code PrimaryCancers}. */
    static String pascal(String kebab) {
        StringBuilder name = new StringBuilder();
        for (String part : kebab.split("-")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }
}
