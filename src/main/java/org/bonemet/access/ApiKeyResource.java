package org.bonemet.access;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.bonemet.access.AccessViews.ApiKeyInput;
import org.bonemet.access.AccessViews.ApiKeyView;
import org.bonemet.access.AccessViews.IssuedKey;
import org.bonemet.access.AccessViews.UsageDay;
import org.bonemet.access.AccessViews.UsageView;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.ListEnvelope;
import org.bonemet.content.PageRequest;
import org.bonemet.content.Views;
import org.bonemet.editing.Authors;
import org.bonemet.editing.Roles;
import org.bonemet.problem.ClientProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Partner keys, for administrators: issue, list, rotate, revoke, and read their usage. */
@Path(Views.API + "/admin/api-keys")
@Tag(name = "Partner access")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    private static final String NO_STORE = "no-store";
    private static final int MAX_USAGE_DAYS = 366;
    private static final String KEY_ID = "^[a-z0-9]{12}$";
    private static final long MAX_GRACE_MINUTES = 7 * 24 * 60;

    @Inject
    JsonWebToken token;
    @Inject
    Event<ApiKeys.Changed> changed;
    @Inject
    KeyUsage usage;
    @Inject
    DataSource dataSource;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createApiKey", summary = "Issue a partner key (admin)",
            description = "Answers the secret once; only its hash is stored. Send it as X-API-Key.")
    @APIResponse(responseCode = "201", description = "The key with its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedKey.class)))
    public RestResponse<IssuedKey> create(@Valid @NotNull ApiKeyInput input) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (input.expiresAt() != null && !input.expiresAt().isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "must lie in the future");
        }
        ApiKey key = new ApiKey();
        do {
            key.id = KeySecret.newId();
        } while (ApiKey.findById(key.id) != null);
        KeySecret secret = KeySecret.generate(key.id);
        key.name = input.name().strip();
        key.contact = input.contact().strip();
        key.quotaPerMinute = input.quotaPerMinute();
        key.quotaPerDay = input.quotaPerDay();
        key.expiresAt = input.expiresAt();
        key.secretHash = secret.hash();
        key.createdAt = now;
        key.createdBy = Authors.of(token);
        key.persist();
        return RestResponse.ResponseBuilder.<IssuedKey>created(URI.create(Views.API + "/admin/api-keys/" + key.id))
                .header("Cache-Control", NO_STORE).entity(new IssuedKey(secret.header(), ApiKeyView.of(key, now))).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List partner keys (admin)", description = "Newest first, revoked and expired ones included.")
    public RestResponse<ListEnvelope<ApiKeyView>> list(
            @QueryParam("page") @Parameter(description = "1-based page number.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    defaultValue = "1")) String page,
            @QueryParam("size") @Parameter(description = "Items per page.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String size) {
        PageRequest request = PageRequest.of(page, size);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var query = request.range(ApiKey.<ApiKey>findAll(Sort.descending("createdAt").and("id")));
        return noStore(ListEnvelope.of(query.list().stream().map(k -> ApiKeyView.of(k, now)).toList(), request, query.count(), uri));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "One partner key (admin)", description = "Its holder, quotas and state; never its secret.")
    public RestResponse<ApiKeyView> get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = KEY_ID)) String id) {
        return noStore(ApiKeyView.of(find(id), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @POST
    @Path("/{id}/rotate")
    @Transactional
    @Operation(operationId = "rotateApiKey", summary = "Give a partner key a new secret (admin)",
            description = "Answers the new secret once. The previous secret stops at once, or after the grace period asked for.")
    public RestResponse<IssuedKey> rotate(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = KEY_ID)) String id,
            @QueryParam("graceMinutes") @Parameter(description = "Minutes during which the previous secret keeps working, so "
                    + "that clients can switch without an outage (at most a week). 0 or absent: it stops at once.", example = "60",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10080", defaultValue = "0")) String graceMinutes) {
        long grace = PageRequest.parameter("graceMinutes", graceMinutes, 0, 0, MAX_GRACE_MINUTES);
        // locked, so that a rotation and a revocation at the same time cannot undo each other
        ApiKey key = find(id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!"active".equals(key.status(now))) {
            throw new ClientProblem(409, "The key is " + key.status(now) + "; issue a new key instead of rotating it.");
        }
        KeySecret secret = KeySecret.generate(key.id);
        key.previousSecretHash = grace > 0 ? key.secretHash : null;
        key.previousValidUntil = grace > 0 ? now.plusMinutes(grace) : null;
        key.secretHash = secret.hash();
        key.rotatedAt = now;
        changed.fire(new ApiKeys.Changed(key.id));
        return noStore(new IssuedKey(secret.header(), ApiKeyView.of(key, now)));
    }

    @POST
    @Path("/{id}/revoke")
    @Transactional
    @Operation(operationId = "revokeApiKey", summary = "Revoke a partner key (admin)",
            description = "From now on the key is answered with 401, on every replica within five seconds. Revoking twice changes nothing.")
    public RestResponse<ApiKeyView> revoke(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = KEY_ID)) String id) {
        ApiKey key = find(id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (key.revokedAt == null) {
            key.revokedAt = now;
            key.revokedBy = Authors.of(token);
            key.previousSecretHash = null;
            key.previousValidUntil = null;
        }
        changed.fire(new ApiKeys.Changed(key.id));
        return noStore(ApiKeyView.of(key, now));
    }

    @GET
    @Path("/{id}/usage")
    @Operation(operationId = "getApiKeyUsage", summary = "Requests per day of a partner key (admin)",
            description = "Counted by every replica; this replica's latest requests are included at once, the others' within ten seconds.")
    public RestResponse<UsageView> usage(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = KEY_ID)) String id,
            @QueryParam("from") @Parameter(description = "First UTC day (default: 30 days before to).", example = "2026-12-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last UTC day (default: today); at most 366 days after from.", example = "2026-12-05",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to)
            throws java.sql.SQLException {
        find(id);
        LocalDate last = day("to", to, LocalDate.now(ZoneOffset.UTC));
        LocalDate first = day("from", from, last.minusDays(29));
        if (first.isAfter(last) || first.plusDays(MAX_USAGE_DAYS).isBefore(last)) {
            throw InvalidInputException.of("from", "must be on or before to, at most " + MAX_USAGE_DAYS + " days earlier");
        }
        usage.flush();
        List<UsageDay> days = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT day, allowed, refused FROM api_key_usage WHERE key_id = ? AND day BETWEEN ? AND ? ORDER BY day")) {
            statement.setString(1, id);
            statement.setObject(2, first);
            statement.setObject(3, last);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(new UsageDay(rows.getObject(1, LocalDate.class), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return noStore(new UsageView(id, first, last, days));
    }

    private static ApiKey find(String id) {
        return find(id, LockModeType.NONE);
    }

    private static ApiKey find(String id, LockModeType lock) {
        ApiKey key = id.matches(KEY_ID) ? ApiKey.findById(id, lock) : null;
        if (key == null) {
            throw new ClientProblem(404, "No API key has this id.");
        }
        return key;
    }

    private static LocalDate day(String field, String value, LocalDate fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date as YYYY-MM-DD");
        }
    }

    /** Secrets, contacts and usage are for administrators only: no cache may keep them. */
    private static <T> RestResponse<T> noStore(T entity) {
        return RestResponse.ResponseBuilder.ok(entity).header("Cache-Control", NO_STORE).build();
    }
}
