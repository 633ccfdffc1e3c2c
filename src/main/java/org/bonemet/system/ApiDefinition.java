package org.bonemet.system;

import org.bonemet.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.core.Application;

@OpenAPIDefinition(
        info = @Info(title = "Bone Metastasis Knowledge API", version = "1.0.0",
                description = """
                        Structured, referenced knowledge about metastatic bone disease: the skeletal sites where \
                        metastases occur, symptoms and complications, diagnostic tests, treatments with their \
                        selection criteria, and the primary cancers that spread to bone.

                        **Medical disclaimer.** This API informs; it does not prescribe. Its content summarises \
                        published guidelines and studies for education and for integration into clinical \
                        information systems. It is not medical advice, does not replace the judgement of a \
                        qualified clinician who knows the patient, and must not be used on its own to make \
                        decisions about diagnosis or treatment. In an emergency, contact emergency services.

                        Conventions: JSON in UTF-8 with camelCase fields; absent values are left out and empty \
                        lists are kept. Lists are paged (`page` from 1, `size` up to 100). Every content GET carries \
                        a strong `ETag` and `Cache-Control`; send `If-None-Match` to get 304 when nothing changed. \
                        Choose English or German with `Accept-Language` or `lang`; a missing translation falls back \
                        to English and says so in `language` and `Content-Language`. Errors are RFC 9457 \
                        `application/problem+json`. Every entry cites its sources under `references`.

                        Editing: reading needs no token; changes need a bearer JWT with the role `editor` \
                        (propose), `reviewer` (publish or reject) or `admin` (both) in its `groups` claim. A change \
                        is proposed as a draft (202) and becomes visible when a reviewer other than its author \
                        publishes it; PUT, PATCH and DELETE need `If-Match` with the entry's ETag (428 without, 412 \
                        when stale). Every publication is kept as a revision and appears in `/changes`; apps can \
                        download `/bundle` once and then follow `/changes?since=<cursor>`.

                        Fair use: requests are rate limited per client address (600 a minute unless the operator says \
                        otherwise), across all replicas. Partners can ask the operator for a key, sent as `X-API-Key`, \
                        with its own quotas per minute and per UTC day. Every answer carries `RateLimit-Limit`, \
                        `RateLimit-Remaining` and `RateLimit-Reset`; over the quota the answer is 429 with `Retry-After`.""",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "This service, in production and locally alike; reading is public.",
                extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        bearerFormat = "JWT", description = "A JWT from the organisation's identity provider, handled as RFC8725 (JWT best current practices) asks: "
                                + "only RS256 signatures are accepted, the signature, issuer and expiry are always verified; roles come from the groups claim."),
                        @SecurityScheme(securitySchemeName = "cdsClient", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                                description = "CDS Hooks 2.0: a JWT of a trusted CDS client, handled as RFC8725 (JWT best current practices) asks: "
                                        + "issuers from BONEMET_CDS_ISSUERS, only RS384 or ES384 signatures verified against "
                                        + "its JWKS (BONEMET_CDS_JWKS_LOCATION), with aud the service's URL, a jti used once and at most five "
                                        + "minutes of validity."),
                        @SecurityScheme(securitySchemeName = "adminBearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                                bearerFormat = "JWT", description = "The same JWTs as bearer, handled as RFC8725 (JWT best current practices) "
                                        + "asks, but only those with the role admin in their groups claim: partner keys are administered by "
                                        + "admins alone."),
                        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                                apiKeyName = "X-API-Key", description = "Optional partner key, issued by the operator (see Partner access): "
                                        + "requests with it count against the key's own quotas per minute and per UTC day instead of the "
                                        + "anonymous quota of the client's address. An unknown, revoked or expired key gets 401; a key grants "
                                        + "no right to write.") }),
        tags = {
                @Tag(name = "Index", description = "Where the collections are."),
                @Tag(name = "Sites", description = "The skeleton as a hierarchy, with how often each site is involved and its typical complications."),
                @Tag(name = "Symptoms", description = "Symptoms and complications with urgency and red flags."),
                @Tag(name = "Diagnostic tests", description = "Imaging, laboratory tests (with LOINC codes) and biopsy."),
                @Tag(name = "Treatments", description = "Treatments with goals, sourced dosing, risks and selection criteria as rules."),
                @Tag(name = "Primary cancers", description = "The cancers that spread to bone, with lesion type and radiosensitivity."),
                @Tag(name = "References", description = "The guidelines, trials and reviews the content cites."),
                @Tag(name = "Scores", description = "Validated clinical scores (Mirels, SINS, revised Tokuhashi, Tomita, corrected calcium) with the points of every component."),
                @Tag(name = "Treatment options", description = "Selection criteria evaluated against a patient profile, explained criterion by criterion. Informs; does not prescribe."),
                @Tag(name = "Search", description = "Full-text search in English and German with typo tolerance, and search-box suggestions."),
                @Tag(name = "Codes", description = "The entries that carry an ICD-10, ICD-10-CM, ICD-11, SNOMED CT, LOINC, MeSH, NCIt or UMLS code."),
                @Tag(name = "Triage", description = "Red flags routed to emergency, urgent or routine, with the next step in plain words."),
                @Tag(name = "Editorial", description = "Drafts and their review: four-eyes publishing of medical content (editor, reviewer)."),
                @Tag(name = "Partner access", description = "Partner API keys with their own quotas, issued, rotated and revoked by admins."),
                @Tag(name = "Sync", description = "The whole knowledge base in one download and the change feed after it, for offline-first apps.") })
public class ApiDefinition extends Application {
}
