package org.bonemet.site;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.content.Relation;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.content.Views.Basics;
import org.bonemet.content.Views.Common;
import org.bonemet.content.Views.Link;
import org.bonemet.content.Views.StatementView;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

public final class SiteViews {

    private SiteViews() {
    }

    @Schema(name = "SiteSummary")
    public record SiteSummary(@JsonUnwrapped Basics basics,
            @Schema(enumeration = { "region", "bone", "part" }) String kind,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Slug of the parent site.") String parent) {
    }

    @Schema(name = "Site")
    public record Detail(@JsonUnwrapped Common common,
            @Schema(enumeration = { "region", "bone", "part" }) String kind,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) Link parent, List<Link> children,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) Frequency frequency, List<StatementView> notes,
            @Schema(description = "Symptoms and complications typical for this site.") List<Link> complications,
            @Schema(description = "Treatments aimed specifically at this site.") List<Link> treatments) {
    }

    @Schema(name = "SiteFrequency", description = "How often this site is involved, with what the figure is a share of.")
    public record Frequency(BigDecimal percent, String basis, String reference, String locator,
            @Schema(ref = "EvidenceType") String evidenceType) {
    }

    public static SiteSummary summary(Site site, RequestLanguage lang) {
        return new SiteSummary(Views.basics(site, lang), site.kind, site.parent == null ? null : site.parent.slug);
    }

    public static Detail detail(Site site, RequestLanguage lang) {
        List<StatementView> basis = Views.statements(site, "frequency", lang);
        Frequency frequency = site.frequencyPercent == null || basis.isEmpty() ? null
                : new Frequency(site.frequencyPercent, basis.get(0).text(), basis.get(0).reference(),
                        basis.get(0).locator(), basis.get(0).evidenceType());
        return new Detail(Views.common(site, lang), site.kind,
                site.parent == null ? null : Views.link(site.parent, lang),
                Views.links(site.children, lang), frequency, Views.statements(site, "notes", lang),
                Views.links(Relation.related(site, "symptoms"), lang),
                Views.links(Relation.related(site, "treatments"), lang));
    }
}
