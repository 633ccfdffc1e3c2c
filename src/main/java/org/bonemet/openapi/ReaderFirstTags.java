package org.bonemet.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Swagger UI shows tags in the order of the document's {@code tags}: the reading, search, evaluation and sync
 * tags come first, and each collection's editorial writes (proposals, which need a token) move from the
 * collection's tag to their own, {@code Edit sites} and so on, after the drafts and their review; the administration
 * of partner keys comes last.
 */
final class ReaderFirstTags {

    private static final String EDITORIAL = "Editorial";
    /** The administration of partner keys comes last, after the editorial tags. */
    private static final String PARTNERS = "Partner access";

    private ReaderFirstTags() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Tag> readers = new LinkedHashMap<>();
        openAPI.getTags().stream().filter(t -> !t.getName().equals(EDITORIAL) && !t.getName().equals(PARTNERS))
                .forEach(t -> readers.put(t.getName(), t));
        Tag editorial = openAPI.getTags().stream().filter(t -> t.getName().equals(EDITORIAL)).findFirst().orElseThrow();
        Tag partners = openAPI.getTags().stream().filter(t -> t.getName().equals(PARTNERS)).findFirst().orElseThrow();
        Map<String, Tag> editing = new LinkedHashMap<>();
        readers.keySet().forEach(name -> editing.put(name, null));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            // only the proposals under /api/v1 carry the bearer token; the CDS services' client tokens are not editing
            if (secured && operation.getSecurity().stream().anyMatch(r -> r.hasScheme("bearer")) && operation.getTags() != null
                    && operation.getTags().size() == 1 && readers.containsKey(operation.getTags().get(0))) {
                String collection = operation.getTags().get(0);
                String name = "Edit " + collection.toLowerCase(Locale.ROOT);
                editing.put(collection, OASFactory.createTag().name(name).description("Proposals to change " + collection.toLowerCase(Locale.ROOT)
                        + " (editor): each becomes a draft that a reviewer other than its author publishes (see Editorial)."));
                operation.setTags(List.of(name));
            }
        }));
        List<Tag> ordered = new ArrayList<>(readers.values());
        ordered.add(editorial);
        editing.values().stream().filter(java.util.Objects::nonNull).forEach(ordered::add);
        ordered.add(partners);
        openAPI.setTags(ordered);
    }
}
