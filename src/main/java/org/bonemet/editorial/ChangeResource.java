package org.bonemet.editorial;

import java.util.Comparator;
import java.util.List;

import org.bonemet.cancer.PrimaryCancer;
import org.bonemet.cancer.PrimaryCancerViews;
import org.bonemet.content.ContentItem;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.PageRequest;
import org.bonemet.content.Views;
import org.bonemet.diagnostic.DiagnosticTestItem;
import org.bonemet.diagnostic.DiagnosticTestViews;
import org.bonemet.reference.Reference;
import org.bonemet.reference.ReferenceViews;
import org.bonemet.site.Site;
import org.bonemet.site.SiteViews;
import org.bonemet.symptom.Symptom;
import org.bonemet.symptom.SymptomViews;
import org.bonemet.treatment.Treatment;
import org.bonemet.treatment.TreatmentViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
    org.bonemet.system.ResponseCache responses;

    @GET
    @Path("changes")
    @Operation(summary = "List published changes after a cursor", description = "Creations, updates and deletions in publication order. "
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
                r.action, r.number, r.publishedAt, r.action.equals("deleted") ? null : Views.API + "/" + r.collection + "/" + r.slug)).toList();
        return new EditorialViews.ChangePage(items, items.isEmpty() ? String.valueOf(after) : items.get(items.size() - 1).cursor());
    }

    @GET
    @Path("bundle")
    @Operation(summary = "Get the whole published knowledge base", description = "For offline-first apps. Send `Accept-Encoding: gzip`: the "
            + "document is large and compresses well. Revalidate with If-None-Match; it changes with every publication.")
    public Bundle bundle(@BeanParam LanguageParameters params) {
        // One rendering per language and publication: when many apps ask at once after a publication, the others
        // wait for it instead of each loading the whole knowledge base into memory.
        long generation = responses.generation();
        synchronized (bundles) {
            if (bundlesGeneration != generation) {
                bundles.clear();
                bundlesGeneration = generation;
            }
            Rendered rendered = bundles.computeIfAbsent(lang.requested(), l -> new Rendered(render(), lang.served()));
            lang.served(rendered.languages());
            return rendered.bundle();
        }
    }

    private record Rendered(Bundle bundle, java.util.Set<String> languages) {
    }

    private final java.util.Map<String, Rendered> bundles = new java.util.HashMap<>();
    private long bundlesGeneration = -1;

    private Bundle render() {
        // the cursor first: content published meanwhile may be in the bundle too, and replaying it is harmless
        String cursor = String.valueOf(((Number) em.createNativeQuery(Revision.LATEST_CURSOR).getSingleResult()).longValue());
        var citing = ContentItem.citingByReference();
        return new Bundle(cursor,
                sorted(Site.<Site>listAll()).stream().map(s -> SiteViews.detail(s, lang)).toList(),
                sorted(Symptom.<Symptom>listAll()).stream().map(s -> SymptomViews.detail(s, lang)).toList(),
                sorted(DiagnosticTestItem.<DiagnosticTestItem>listAll()).stream().map(t -> DiagnosticTestViews.detail(t, lang)).toList(),
                sorted(Treatment.<Treatment>listAll()).stream().map(t -> TreatmentViews.detail(t, lang)).toList(),
                sorted(PrimaryCancer.<PrimaryCancer>listAll()).stream().map(c -> PrimaryCancerViews.detail(c, lang)).toList(),
                Reference.<Reference>listAll().stream().sorted(Comparator.comparing((Reference r) -> r.slug))
                        .map(r -> ReferenceViews.detail(r, citing.getOrDefault(r.id, List.of()), lang)).toList());
    }

    private static <T extends ContentItem> List<T> sorted(List<T> items) {
        return items.stream().sorted(Comparator.comparing((ContentItem i) -> i.slug)).toList();
    }
}
