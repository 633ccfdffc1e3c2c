package org.bonemet.system;

import java.util.List;

import org.bonemet.collection.ContentCollections;
import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path(Views.API)
@Tag(name = "Index")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class IndexResource {

    @Schema(name = "Index")
    public record Index(String name, String disclaimer, List<CollectionLink> collections, String openapi, String documentation) {
    }

    @Schema(name = "CollectionLink")
    public record CollectionLink(String name, String href) {
    }

    @GET
    @Operation(operationId = "getIndex", summary = "List the collections", description = "The entry point: every collection with its link.")
    public Index index() {
        List<CollectionLink> collections = new java.util.ArrayList<>(ContentCollections.all().stream()
                .map(c -> new CollectionLink(c.path(), Views.API + "/" + c.path())).toList());
        collections.add(new CollectionLink("references", Views.API + "/references"));
        return new Index("Bone Metastasis Knowledge API", Views.DISCLAIMER, collections, "/q/openapi", "/q/swagger-ui");
    }
}
