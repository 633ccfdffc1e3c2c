package org.bonemet.editorial;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonemet.cancer.PrimaryCancerViews;
import org.bonemet.collection.ContentCollections;
import org.bonemet.content.ContentItem;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.PageRequest;
import org.bonemet.content.Reference;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.diagnostic.DiagnosticTestViews;
import org.bonemet.http.Representation;
import org.bonemet.http.ResponseCache;
import org.bonemet.reference.ReferenceViews;
import org.bonemet.site.SiteViews;
import org.bonemet.symptom.SymptomViews;
import org.bonemet.treatment.TreatmentViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Keeping a copy in sync: the whole published knowledge base at once, then every change after its cursor. */
@Path(Views.API)
@Tag(name = "Sync")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ChangeResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Schema(name = "Bundle", description = "Every published entry in one document, as the detail GETs serve them, with the change-feed cursor "
            + "it is current to: download once, then follow /changes?since=<cursor>.")
    public record Bundle(
            @Schema(description = "Follow /changes from here.", example = "131", maxLength = 20) String cursor,
            @Schema(maxItems = 100000) List<SiteViews.Detail> sites,
            @Schema(maxItems = 100000) List<SymptomViews.Detail> symptoms,
            @Schema(maxItems = 100000) List<DiagnosticTestViews.Detail> tests,
            @Schema(maxItems = 100000) List<TreatmentViews.Detail> treatments,
            @Schema(maxItems = 100000) List<PrimaryCancerViews.Detail> primaryCancers,
            @Schema(maxItems = 100000) List<ReferenceViews.Detail> references) {
    }

    @Inject
    EntityManager em;
    @Inject
    RequestLanguage lang;
    @Inject
    ResponseCache responses;
    @Inject
    ObjectMapper mapper;

    @GET
    @Path("changes")
    @Operation(operationId = "listChanges", summary = "List published changes after a cursor", description = "Creations, updates and deletions in publication order. "
            + "Replaying from any cursor gives every later change exactly once: cursors are drawn in commit order. Without `since`, from "
            + "the beginning (the initial content counts as created).")
    public EditorialViews.ChangePage changes(
            @QueryParam("since") @Parameter(description = "A cursor from a change, the bundle or a previous `next`.", example = "0",
                    schema = @Schema(pattern = "^[0-9]{1,18}$", maxLength = 18)) String since,
            @QueryParam("limit") @Parameter(schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "100")) String limit) {
        long after = PageRequest.parameter("since", since, 0, 0, Long.MAX_VALUE);
        int size = (int) PageRequest.parameter("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<Revision> revisions = Revision.<Revision>find("seq > ?1 order by seq", after).range(0, size - 1).list();
        List<EditorialViews.Change> items = revisions.stream().map(r -> new EditorialViews.Change(String.valueOf(r.seq), r.collection, r.slug,
                r.action, r.number, r.publishedAt, Action.ofRevision(r.action) == Action.DELETE ? null : Views.API + "/" + r.collection + "/" + r.slug)).toList();
        return new EditorialViews.ChangePage(items, items.isEmpty() ? String.valueOf(after) : items.get(items.size() - 1).cursor());
    }

    @GET
    @Path("bundle")
    @Operation(operationId = "getBundle", summary = "Get the whole published knowledge base", description = "For offline-first apps. Send `Accept-Encoding: gzip`: the "
            + "document is large and compresses well. Revalidate with If-None-Match; it changes with every publication.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Bundle.class)))
    public Response bundle(@BeanParam LanguageParameters params) {
        // One rendering per language and publication: when many apps ask at once after a publication, the others
        // wait for it instead of each loading the whole knowledge base into memory.
        Representation bundle = responses.answer("bundle|" + lang.requested(), generation -> {
            try {
                byte[] body = mapper.writeValueAsBytes(render());
                return Representation.of(body, lang.contentLanguage(), generation, true);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(bundle).build();
    }

    /** The bundle's fields in the order of {@link Bundle}: the cursor, each registered collection, the references. */
    private Map<String, Object> render() {
        // the cursor first: content published meanwhile may be in the bundle too, and replaying it is harmless
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("cursor", String.valueOf(((Number) em.createNativeQuery(Revision.LATEST_CURSOR).getSingleResult()).longValue()));
        ContentCollections.all().forEach(collection -> bundle.put(collection.bundleField(), collection.details(lang)));
        var citing = ContentItem.citingByReference();
        bundle.put("references", Reference.<Reference>listAll().stream().sorted(Comparator.comparing((Reference r) -> r.slug))
                .map(r -> ReferenceViews.detail(r, citing.getOrDefault(r.id, List.of()), lang)).toList());
        return bundle;
    }
}
