package org.bonemet.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.bonemet.sdk.api.CodesApi;
import org.bonemet.sdk.api.ScoresApi;
import org.bonemet.sdk.api.SearchApi;
import org.bonemet.sdk.api.SitesApi;
import org.bonemet.sdk.api.SyncApi;
import org.bonemet.sdk.api.TreatmentOptionsApi;
import org.bonemet.sdk.api.TriageApi;
import org.bonemet.sdk.model.Change;
import org.bonemet.sdk.model.CorrectedCalciumInputs;
import org.bonemet.sdk.model.ChangePage;
import org.bonemet.sdk.model.Language;
import org.bonemet.sdk.model.MirelsInputs;
import org.bonemet.sdk.model.PatientProfile;
import org.bonemet.sdk.model.Problem;
import org.bonemet.sdk.model.ScoreInputs;
import org.bonemet.sdk.model.TokuhashiRevisedInputs;
import org.bonemet.sdk.model.TriageRequest;
import org.bonemet.sdk.model.TriageResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The Java SDK an app developer generates from openapi/openapi.json (OpenAPI Generator, java/native, generated
 * by the build into target/sdk/java), used against the running service as an app would use it.
 */
@QuarkusTest
class JavaSdkTest {

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
    }

    @Test
    void readsListsAndEntriesInEitherLanguageAndRevalidates() throws ApiException {
        SitesApi sites = new SitesApi(client);
        var list = sites.listSites(null, "region", null, 1, null, 20, null, null);
        assertThat(list.getItems()).isNotEmpty().allSatisfy(s -> assertThat(s.getKind().getValue()).isEqualTo("region"));

        var german = sites.getSite("spine", Language.DE, null, null);
        assertThat(german.getSlug()).isEqualTo("spine");
        assertThat(german.getLanguage()).isEqualTo("de");

        var first = sites.getSiteWithHttpInfo("spine", null, null, null);
        String etag = first.getHeaders().get("etag").get(0);
        ApiException notModified = catchThrowableOfType(ApiException.class, () -> sites.getSite("spine", null, null, etag));
        assertThat(notModified.getCode()).as("a current ETag is answered 304, not modified").isEqualTo(304);
    }

    @Test
    void searchesLooksUpACodeAndComputesAScore() throws ApiException {
        assertThat(new SearchApi(client).search("spinal cord", null, 1, 10, null, null, null).getItems()).isNotEmpty();
        assertThat(new CodesApi(client).lookupCode("icd-10", "C79.5", null, null, null).getItems())
                .anySatisfy(item -> assertThat(item.getSlug()).isEqualTo("skeleton"));
        var mirels = new ScoresApi(client).calculateScore("mirels", new ScoreInputs(new MirelsInputs().site(MirelsInputs.SiteEnum.PERITROCHANTERIC)
                .pain(MirelsInputs.PainEnum.FUNCTIONAL).lesion(MirelsInputs.LesionEnum.LYTIC).size(MirelsInputs.SizeEnum.OVER_TWO_THIRDS)), null, null);
        assertThat(mirels.getTotal()).isEqualTo(12);
        // integer inputs are integers in the SDK too: the calculator refuses 70.0 for a Karnofsky score
        var tokuhashi = new ScoresApi(client).calculateScore("tokuhashi-revised", new ScoreInputs(new TokuhashiRevisedInputs().kps(70)
                .extraspinalBoneMetastases(0).vertebralBodyMetastases(1)
                .majorOrganMetastases(TokuhashiRevisedInputs.MajorOrganMetastasesEnum.NONE).primarySite(TokuhashiRevisedInputs.PrimarySiteEnum.PROSTATE)
                .palsy(TokuhashiRevisedInputs.PalsyEnum.NONE)),
                null, null);
        assertThat(tokuhashi.getTotal()).isNotNull();
        assertThat(mirels.getDisclaimer()).isNotBlank();
    }

    @Test
    void evaluatesAFullProfileAndTriagesRedFlags() throws Exception {
        PatientProfile profile = client.getObjectMapper().readValue("""
                {"primaryCancer": "prostate-cancer", "castrationResistant": true, "boneLesionCount": 3,
                 "lesions": [{"site": "thoracic-spine", "spinalLevel": "T7", "lesionType": "blastic", "pain": "mechanical"}],
                 "visceralMetastases": "none", "ecog": 1, "neurology": {"deficit": "none", "ambulatory": true},
                 "creatinineClearance": 45, "correctedCalcium": {"value": 2.4, "unit": "mmol-l"}, "dentalStatus": "healthy",
                 "expectedSurvivalMonths": 12, "bilskyGrade": "1a",
                 "scoreInputs": {"sins": {"location": "semi-rigid", "pain": "mechanical", "lesion": "blastic", "alignment": "normal",
                                          "collapse": "none", "posterolateral": "none"}}}""", PatientProfile.class);
        var options = new TreatmentOptionsApi(client).evaluateTreatmentOptions(profile, null, null);
        assertThat(options.getOptions()).isNotEmpty();
        assertThat(options.getDisclaimer()).contains("not");
        assertThat(options.getOptions()).allSatisfy(o -> assertThat(o.getCriteria()).allSatisfy(c -> assertThat(c.getInputs()).isNotNull()));

        TriageResult triage = new TriageApi(client).evaluateTriage(new TriageRequest()
                .findings(List.of("thoracic-or-cervical-spinal-pain", "limb-weakness")).knownCancer(true), null, null);
        assertThat(triage.getUrgency()).isEqualTo(TriageResult.UrgencyEnum.EMERGENCY);
    }

    @Test
    void downloadsTheBundleAndFollowsTheChangeFeedToItsEnd() throws ApiException {
        SyncApi sync = new SyncApi(client);
        var bundle = sync.getBundle(null, null, null);
        assertThat(bundle.getSites()).isNotEmpty();
        assertThat(bundle.getCursor()).isNotBlank();

        List<Change> changes = new ArrayList<>();
        String since = null;
        for (int pages = 0; pages < 1000; pages++) {
            ChangePage page = sync.listChanges(200, since, null);
            changes.addAll(page.getItems());
            if (page.getNext() == null) {
                break;
            }
            since = page.getNext();
        }
        assertThat(changes).hasSizeGreaterThan(100);
    }

    @Test
    void anInvalidRequestIsATypedProblem() throws Exception {
        // a calcium far outside what the calculator accepts
        ApiException refused = catchThrowableOfType(ApiException.class, () -> new ScoresApi(client).calculateScore("corrected-calcium",
                new ScoreInputs(new CorrectedCalciumInputs().calcium(99.0).albumin(30.0).unit(CorrectedCalciumInputs.UnitEnum.MMOL_L)), null, null));
        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).isNotEmpty();
    }
}
