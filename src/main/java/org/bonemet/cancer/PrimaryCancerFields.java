package org.bonemet.cancer;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.document.ContentDocument.StatementDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The own fields of a primary cancer's source document, besides the common ones. */
@Schema(name = "PrimaryCancerFields", description = "The fields a primary cancer's source document has besides the common ones (SourceDocument).")
public record PrimaryCancerFields(
        @Schema(required = true) Boolean marrowMalignancy,
        @Schema(required = true) String lesionType,
        String radiosensitivity,
        Incidence boneMetastasisIncidence,
        StatementDoc medianSurvival,
        List<StatementDoc> notes,
        @Schema(description = "Slugs of the tests used in it.") List<String> tests,
        @Schema(description = "Slugs of the treatments used in it.") List<String> treatments) {

    /** The share of patients with this cancer who develop bone metastases, as a range with its source. */
    public record Incidence(@Schema(required = true) BigDecimal low, @Schema(required = true) BigDecimal high,
            @Schema(required = true) String text, @Schema(required = true) String reference, @Schema(required = true) String locator,
            @Schema(required = true) String evidenceType) {
    }
}
