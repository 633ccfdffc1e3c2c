package org.bonemet.content;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.inject.Inject;

/** Rejects an unsupported {@code lang} before any work is done, also where no text would be rendered. */
public class UnsupportedLanguageFilter {

    @Inject
    RequestLanguage lang;

    @ServerRequestFilter
    public void negotiate() {
        lang.requested();
    }
}
