package org.bonemet.selection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What is known about one patient, in the terms of {@link ProfileField}: values held once per profile, the
 * values of each lesion, and the site hierarchy that lets a rule on {@code spine} match a thoracic lesion.
 * A field that is absent is unknown, never assumed.
 */
public record Facts(Map<ProfileField, JsonNode> values, List<Map<ProfileField, JsonNode>> lesions,
        Function<String, Set<String>> siteAndAncestors) {

    public JsonNode value(ProfileField field) {
        return values.get(field);
    }

    /** The values a criterion read: one per profile field, or the list of lesion values. */
    public JsonNode used(ProfileField field) {
        if (!field.perLesion()) {
            return values.get(field);
        }
        var array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (Map<ProfileField, JsonNode> lesion : lesions) {
            JsonNode value = lesion.get(field);
            if (value != null) {
                array.add(value);
            }
        }
        return array.isEmpty() ? null : array;
    }
}
