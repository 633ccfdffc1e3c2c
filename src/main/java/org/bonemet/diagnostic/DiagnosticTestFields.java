package org.bonemet.diagnostic;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.document.ContentDocument.StatementDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The own fields of a diagnostic test's source document, besides the common ones. */
@Schema(name = "DiagnosticTestFields", description = "The fields a test's source document has besides the common ones (SourceDocument).")
public record DiagnosticTestFields(
        @Schema(required = true) String category,
        List<StatementDoc> shows,
        List<StatementDoc> indications,
        List<StatementDoc> limitations,
        Performance performance,
        @Schema(description = "Slugs of the symptoms it investigates.") List<String> symptoms) {

    /** Pooled accuracy for detecting bone metastases, with its source. */
    public record Performance(@Schema(required = true) BigDecimal sensitivityPercent, @Schema(required = true) BigDecimal specificityPercent,
            @Schema(required = true) String basis, @Schema(required = true) String reference, @Schema(required = true) String locator,
            @Schema(required = true) String evidenceType) {
    }
}
