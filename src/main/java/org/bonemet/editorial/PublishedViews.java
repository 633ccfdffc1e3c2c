package org.bonemet.editorial;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bonemet.collection.ContentCollections;
import org.bonemet.content.ContentItem;
import org.bonemet.content.Languages;
import org.bonemet.content.Reference;
import org.bonemet.content.RequestLanguage;
import org.bonemet.http.Representation;
import org.bonemet.reference.ReferenceViews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The reader's view of any published entry, and the entity tags readers were given for it. */
@ApplicationScoped
public class PublishedViews {

    @Inject
    ObjectMapper mapper;

    /** The detail view of an entry as GET serves it in {@code lang}, if it is published. */
    public Optional<Object> detail(String collection, String slug, RequestLanguage lang) {
        if (Editorial.REFERENCES.equals(collection)) {
            return Reference.findBySlug(slug).map(r -> ReferenceViews.detail(r, ContentItem.citing(r), lang));
        }
        return ContentCollections.byPath(collection).flatMap(c -> c.detail(slug, lang));
    }

    /**
     * Whether an {@code If-Match} value names the published entry as a reader last saw it: strong comparison
     * (RFC 9110 13.1.1) with the tag of its representation in any language, or {@code *}.
     */
    public boolean matches(String collection, String slug, String ifMatch) {
        // each language's representation rendered once, whatever the number of tags sent
        List<String> current = Languages.SUPPORTED.stream().map(language -> etag(collection, slug, language)).toList();
        // the compressed representation's tag names the same content as the plain one
        return Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(tag -> tag.equals("*") || (!tag.startsWith("W/")
                && current.stream().anyMatch(etag -> Representation.matches(tag, etag))));
    }

    private String etag(String collection, String slug, String language) {
        return detail(collection, slug, RequestLanguage.of(language)).map(view -> {
            try {
                return Representation.tag(mapper.writeValueAsBytes(view));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}
