package org.bonemet.content;

import java.util.List;
import java.util.function.Function;

import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.ws.rs.core.UriInfo;

@Schema(description = "One page of a collection with links to its neighbours.")
public record ListEnvelope<T>(List<T> items, int page, int size, long total, PageLinks links) {

    @Schema(description = "Absolute links to pages of the same query; prev and next are left out at the ends.")
    public record PageLinks(String self, String first,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String prev,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String next, String last) {
    }

    public static <T> ListEnvelope<T> of(List<T> items, PageRequest request, long total, UriInfo uri) {
        int last = request.lastPage(total);
        return new ListEnvelope<>(items, request.page(), request.size(), total, new PageLinks(
                link(uri, request.page(), request.size()),
                link(uri, 1, request.size()),
                request.page() > 1 ? link(uri, Math.min(request.page() - 1, last), request.size()) : null,
                request.page() < last ? link(uri, request.page() + 1, request.size()) : null,
                link(uri, last, request.size())));
    }

    /** A page of already-loaded entities, each mapped to its list view. */
    public static <E, T> ListEnvelope<T> of(ContentQuery.Slice<E> slice, PageRequest request, Function<E, T> view, UriInfo uri) {
        return of(slice.items().stream().map(view).toList(), request, slice.total(), uri);
    }

    /** A page cut from all related entities (they are few, so they are loaded whole). */
    public static <E, T> ListEnvelope<T> ofAll(List<E> all, PageRequest request, Function<E, T> view, UriInfo uri) {
        return of(ContentQuery.Slice.of(all, request), request, view, uri);
    }

    private static String link(UriInfo uri, int page, int size) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toString();
    }
}
