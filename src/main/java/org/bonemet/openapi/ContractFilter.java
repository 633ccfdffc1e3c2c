package org.bonemet.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.content.Limits;
import org.bonemet.editing.SourceDocumentSchemas;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The one OpenAPI post-processor ({@code mp.openapi.filter}): makes the generated document the contract clients
 * build on. Every operation gets what the shared filters and the problem mapper do ({@link SharedResponses}), client
 * names ({@link OperationNames}), typed parameters ({@link TypedParameters}), per-score and per-collection input
 * types ({@link ScoreInputSchemas}, {@link SourceDocumentSchemas}), reader-first tags ({@link ReaderFirstTags}),
 * required properties ({@link RequiredFields}) and bounds on every schema and parameter.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SharedResponses.addComponents(openAPI);
        TypedParameters.addComponents(openAPI);
        SourceDocumentSchemas.apply(openAPI);
        OperationNames.apply(openAPI);
        ScoreInputSchemas.apply(openAPI);
        ReaderFirstTags.apply(openAPI);
        Schema profile = openAPI.getComponents().getSchemas().get("PatientProfile");
        if (profile != null && profile.getProperties() != null && profile.getProperties().get("currentTherapies") != null) {
            profile.getProperties().get("currentTherapies").setItems(OASFactory.createSchema().ref("TherapySlug"));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1")) {
                item.getOperations().forEach((method, operation) -> SharedResponses.document(path, method, operation));
            } else {
                // FHIR and CDS Hooks answer in their own error formats: only the parameters are typed here
                item.getOperations().forEach((method, operation) -> {
                    if (SharedResponses.offerApiKey(operation) && path.startsWith("/fhir")) {
                        SharedResponses.addFhirKeyRefusal(operation);
                    }
                    TypedParameters.apply(path, method, operation);
                    Examples.apply(operation);
                    SharedResponses.addCommonHeaders(operation);
                });
            }
        });
        Examples.share(openAPI);
        RequiredFields.apply(openAPI);
    }

    /**
     * Bounds on every schema that lacks them. Inputs carry their own tighter limits (Bean Validation); for
     * responses these are the limits the content validator enforces on load (texts) and the paging rules
     * (lists), so clients can size their buffers.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        TypedParameters.type(schema);
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return schema;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(MAX_TEXT_LENGTH);
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(Integer.MAX_VALUE));
            }
        }
        return schema;
    }

    /** Parameters are short (slugs, codes, search text, language lists): 200 characters at most. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && (schema.getMaxLength() == null || schema.getMaxLength() > MAX_PARAMETER_LENGTH)) {
            schema.setMaxLength(MAX_PARAMETER_LENGTH);
        }
        return parameter;
    }

    private static final int MAX_PARAMETER_LENGTH = Limits.MAX_PARAMETER_LENGTH;
    private static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;
    private static final int MAX_ITEMS = Limits.MAX_ITEMS;
}
