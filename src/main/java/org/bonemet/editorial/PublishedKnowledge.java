package org.bonemet.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentCollections;
import org.bonemet.collection.ContentLoader;
import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.ReferenceDoc;
import org.bonemet.document.SourceDocuments;
import org.bonemet.problem.ClientProblem;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The published knowledge base as source documents: what a proposed change is checked against before it is filed. */
@ApplicationScoped
public class PublishedKnowledge {

    @Inject
    EntityManager em;

    /** Every published document, parsed. */
    public Content current() {
        List<ReferenceDoc> references = new ArrayList<>();
        Map<ContentCollection, List<Item>> items = ContentCollections.newMap();
        List<?> rows = em.createNativeQuery("SELECT collection, CAST(document AS text) FROM published_document ORDER BY collection, slug")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            JsonNode document = SourceDocuments.parse((String) columns[1]);
            String collection = (String) columns[0];
            if (ContentLoader.REFERENCES.equals(collection)) {
                references.add(SourceDocuments.storedReference(document));
            } else {
                ContentCollection type = ContentCollections.of(collection);
                items.computeIfAbsent(type, c -> new ArrayList<>()).add(ContentCollections.stored(type, document));
            }
        }
        return new Content(references, items);
    }

    /**
     * Refuses a knowledge base with problems: 400 when the proposed document itself is invalid, else {@code status}
     * (409) because the change would break other entries. Each problem names the entry it is in and what is wrong.
     */
    static void requireValid(Content knowledge, int status) {
        List<FieldError> errors = ContentLoader.validate(knowledge);
        if (errors.isEmpty()) {
            return;
        }
        if (status == 400) {
            throw new InvalidInputException(errors);
        }
        throw new ClientProblem(status, "The change would leave the knowledge base inconsistent; see errors.", errors);
    }
}
