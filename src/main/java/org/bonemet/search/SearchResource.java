package org.bonemet.search;

import java.util.List;
import java.util.function.Supplier;

import org.bonemet.content.RequestLanguage;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.ListEnvelope;
import org.bonemet.content.ListParams;
import org.bonemet.content.PageRequest;
import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path(Views.API)
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchResource {

    @Schema(name = "SearchHit")
    public record SearchHit(@Schema(enumeration = { "sites", "symptoms", "tests", "treatments", "primary-cancers" }) String type,
            String slug, String name,
            @Schema(description = "The summary with matched words in <mark>...</mark>.") String snippet, String href) {
    }

    @Schema(name = "Suggestion")
    public record SuggestionView(String text, @Schema(enumeration = { "sites", "symptoms", "tests", "treatments", "primary-cancers" }) String type,
            String slug, String href) {
    }

    @Schema(name = "Suggestions")
    public record Suggestions(List<SuggestionView> items) {
    }

    @Inject
    SearchService search;
    @Inject
    SearchIndex index;
    @Inject
    RequestLanguage lang;

    @GET
    @Path("search")
    @Operation(operationId = "search", summary = "Search all content", description = """
            Words in English or German, lay or clinical, misspelt or not; quotes and operators are taken as text. \
            Names and synonyms weigh more than summaries, and summaries more than details. Results best first.""")
    public Uni<ListEnvelope<SearchHit>> search(
            @QueryParam("q") @Parameter(required = true, description = "Search text, at most 200 characters.", example = "cord compression") String q,
            @QueryParam("type") @Parameter(schema = @Schema(enumeration = { "sites", "symptoms", "tests", "treatments", "primary-cancers" })) String type,
            @BeanParam ListParams params, @Context UriInfo uri) {
        PageRequest page = params.pageRequest();
        String language = lang.requested();
        return inMemory(() -> {
            SearchService.Result result = search.search(q, type, language, page);
            return ListEnvelope.of(result.hits().stream().map(h -> new SearchHit(h.collection(), h.slug(), h.name(), h.snippet(),
                    href(h.collection(), h.slug()))).toList(), page, result.total(), uri);
        });
    }

    @GET
    @Path("suggest")
    @Operation(operationId = "suggest", summary = "Complete a search box", description = "Up to 10 names and synonyms that start with the typed text.")
    public Uni<Suggestions> suggest(@QueryParam("q") @Parameter(required = true, example = "zol") String q, @BeanParam LanguageParameters params) {
        String language = lang.requested();
        return inMemory(() -> new Suggestions(search.suggest(q, language).stream()
                .map(s -> new SuggestionView(s.text(), s.collection(), s.slug(), href(s.collection(), s.slug()))).toList()));
    }

    /**
     * Answered where the request arrived, on the event loop, while the index is that of the published content: a
     * search is a tenth of a millisecond of work, and handing it to a worker thread and back cost a fifth as much
     * again. Only when the index must first be made from the database does the request go to a worker.
     */
    private <T> Uni<T> inMemory(Supplier<T> answer) {
        Uni<T> uni = Uni.createFrom().item(answer);
        return index.isCurrent() ? uni : uni.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String href(String collection, String slug) {
        return Views.href(collection, slug);
    }
}
