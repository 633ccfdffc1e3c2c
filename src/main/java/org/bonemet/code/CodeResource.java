package org.bonemet.code;

import java.util.List;

import org.bonemet.content.CodeFormat;
import org.bonemet.content.ContentItem;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.UnknownResourceException;
import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path(Views.API + "/codes")
@Tag(name = "Codes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CodeResource {

    @Schema(name = "CodeMatch")
    public record Match(@Schema(enumeration = { "sites", "symptoms", "tests", "treatments", "primary-cancers" }) String type,
            String slug, String name, String summary, String href, Views.CodeView code) {
    }

    @Schema(name = "CodeLookup")
    public record Lookup(String system, @Schema(description = "The code as stored.") String code, List<Match> items) {
    }

    @Inject
    RequestLanguage lang;

    @GET
    @Path("{system}/{code}")
    @Operation(operationId = "lookupCode", summary = "Find the entries that carry a code", description = """
            Systems: icd-10, icd-10-cm, icd-11, snomed-ct, loinc, mesh, ncit, umls. The code is matched without regard \
            to case, dots or spaces, so c79.51 and C7951 find C79.51.""")
    public Lookup lookup(@PathParam("system") @Parameter(example = "icd-10-cm") String system,
            @PathParam("code") @Parameter(example = "C79.51") String code, @BeanParam LanguageParameters params) {
        if (!CodeFormat.knownSystem(system)) {
            throw InvalidInputException.of("system", "must be one of " + String.join(", ", CodeFormat.PATTERNS.keySet().stream().sorted().toList()));
        }
        List<ContentItem> items = ContentItem.carrying(system, CodeFormat.key(code));
        if (items.isEmpty()) {
            throw new UnknownResourceException("codes/" + system, code);
        }
        String key = CodeFormat.key(code);
        List<Match> matches = items.stream().map(item -> {
            var basics = Views.basics(item, lang);
            var matched = item.codes.stream().filter(c -> c.system.equals(system) && CodeFormat.key(c.code).equals(key)).findFirst().orElseThrow();
            return new Match(item.collection(), item.slug, basics.name(), basics.summary(), basics.href(),
                    new Views.CodeView(matched.system, matched.code, matched.display));
        }).toList();
        return new Lookup(system, matches.get(0).code().code(), matches);
    }
}
