package org.bonemet.content;

import java.util.LinkedHashSet;
import java.util.Set;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The language of one request: negotiated once from {@code lang} and {@code Accept-Language}, and the
 * languages actually served, which become {@code Content-Language}.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServerRequest request;

    private String requested;
    private final Set<String> served = new LinkedHashSet<>();

    /** A fixed language outside content negotiation, e.g. to render every language of a resource. */
    public static RequestLanguage of(String language) {
        RequestLanguage lang = new RequestLanguage();
        lang.requested = language;
        return lang;
    }

    public String requested() {
        if (requested == null) {
            requested = Languages.negotiate(request.getParam("lang"), request.getHeader("Accept-Language"));
        }
        return requested;
    }

    /** The item's text in the requested language, or its English original when no translation exists. */
    public ContentText text(ContentItem item) {
        ContentText text = item.text(requested());
        served.add(text.lang);
        return text;
    }

    /** The languages served so far, to be recorded with a response that is reused. */
    public Set<String> served() {
        return Set.copyOf(served);
    }

    /** Records that a reused response serves these languages. */
    public void served(Set<String> languages) {
        served.addAll(languages);
    }

    public String contentLanguage() {
        return served.isEmpty() ? requested() : String.join(", ", served);
    }
}
