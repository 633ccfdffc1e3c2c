package org.bonemet.fhir;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.MetadataResource;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A search of one resource type by {@code url}, {@code version}, {@code name}, {@code status} and {@code _id}, paged by
 * {@code _count} and {@code _offset}, as a {@code searchset} Bundle with self, first, previous, next and last links.
 * Parameters it does not know are ignored, as FHIR servers do by default, and left out of the self link.
 */
final class FhirSearch {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    private static final List<String> PARAMETERS = List.of("url", "version", "name", "status", "_id");

    /** A parameter value the search cannot use; answered 400 with an OperationOutcome. */
    static final class InvalidSearchException extends RuntimeException {
        InvalidSearchException(String message) {
            super(message);
        }
    }

    private FhirSearch() {
    }

    static Bundle search(List<MetadataResource> resources, String type, MultivaluedMap<String, String> query, String serverBase) {
        Predicate<MetadataResource> match = r -> true;
        StringBuilder applied = new StringBuilder();
        for (String parameter : PARAMETERS) {
            for (String value : query.getOrDefault(parameter, List.of())) {
                match = match.and(matcher(parameter, value));
                applied.append(applied.length() == 0 ? "" : "&").append(parameter).append('=').append(encode(value));
            }
        }
        int count = integer(query, "_count", DEFAULT_COUNT, 0, MAX_COUNT);
        int offset = integer(query, "_offset", 0, 0, Integer.MAX_VALUE);
        List<MetadataResource> found = resources.stream().filter(match).toList();
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET).setTotal(found.size());
        bundle.getMeta().setLastUpdated(new Date());
        String page = serverBase + "/" + type + "?" + applied + (applied.length() == 0 ? "" : "&") + "_count=" + count + "&_offset=";
        bundle.addLink().setRelation("self").setUrl(page + offset);
        bundle.addLink().setRelation("first").setUrl(page + 0);
        if (count > 0 && offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(page + Math.max(0, offset - count));
        }
        if (count > 0 && (long) offset + count < found.size()) {
            bundle.addLink().setRelation("next").setUrl(page + (offset + count));
        }
        if (count > 0) {
            bundle.addLink().setRelation("last").setUrl(page + (found.isEmpty() ? 0 : (found.size() - 1) / count * count));
        }
        for (MetadataResource resource : found.subList(Math.min(offset, found.size()), (int) Math.min(found.size(), (long) offset + count))) {
            bundle.addEntry().setFullUrl(serverBase + "/" + type + "/" + resource.getIdElement().getIdPart()).setResource(resource)
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static Predicate<MetadataResource> matcher(String parameter, String value) {
        return switch (parameter) {
            case "url" -> {
                String[] canonical = value.split("\\|", 2);
                yield r -> r.getUrl().equals(canonical[0]) && (canonical.length == 1 || r.getVersion().equals(canonical[1]));
            }
            case "version" -> r -> r.getVersion().equals(value);
            case "name" -> r -> r.getName().toLowerCase(Locale.ROOT).startsWith(value.toLowerCase(Locale.ROOT));
            case "status" -> r -> r.getStatus().toCode().equals(value);
            default -> r -> r.getIdElement().getIdPart().equals(value);
        };
    }

    static int integer(MultivaluedMap<String, String> query, String name, int fallback, int minimum, int maximum) {
        String value = query.getFirst(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidSearchException(name + " must be a whole number from " + minimum + (maximum == Integer.MAX_VALUE ? " up" : " to " + maximum));
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
