package org.bonemet.site;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.document.ContentDocument.StatementDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The own fields of a site's source document, besides the common ones. */
@Schema(name = "SiteFields", description = "The fields a site's source document has besides the common ones (SourceDocument).")
public record SiteFields(
        @Schema(description = "The slug of the site this one belongs to (a bone's region, a part's bone).") String parent,
        @Schema(required = true) String kind,
        Frequency frequency,
        List<StatementDoc> notes,
        @Schema(description = "Slugs of the symptoms and complications seen at this site.") List<String> complications) {

    /** The share of patients with bone metastases who have one at this site, with its source. */
    public record Frequency(@Schema(required = true) BigDecimal percentOfPatients, @Schema(required = true) String basis,
            @Schema(required = true) String reference, @Schema(required = true) String locator, @Schema(required = true) String evidenceType) {
    }
}
