package org.bonemet.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bonemet.editorial.EditorialFixtures.EDITOR;
import static org.bonemet.editorial.EditorialFixtures.draftId;
import static org.bonemet.editorial.EditorialFixtures.propose;
import static org.bonemet.editorial.EditorialFixtures.slug;
import static org.bonemet.editorial.EditorialFixtures.symptom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Editors publish from several threads while an app follows the change feed in small pages: the app must
 * see every publication exactly once, in cursor order, and a later replay from the same cursor the same list.
 */
@QuarkusTest
@TestProfile(EditorialDatabase.Profile.class)
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int PUBLICATIONS_EACH = 6;

    @Test
    void aFollowerSeesEveryChangeExactlyOnceWhileEditorsPublishConcurrently() throws Exception {
        String start = given().get("/api/v1/bundle").jsonPath().getString("cursor");
        List<String> expected = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        Future<List<Map<String, Object>>> follower = pool.submit(() -> follow(start, writing));
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String reviewer = Tokens.of("reviewer-" + w, "reviewer");
            writers.add(pool.submit(() -> {
                for (int i = 0; i < PUBLICATIONS_EACH; i++) {
                    String slug = slug("feed");
                    String etag = given().header("Authorization", reviewer).post("/api/v1/drafts/" + draftId(propose(symptom(slug))) + "/publish")
                            .then().statusCode(200).extract().header("ETag");
                    expected.add("symptoms/" + slug + "/1/created");
                    if (i % 2 == 0) {
                        Map<String, Object> changed = symptom(slug);
                        changed.put("summary", "Updated while others publish.");
                        String draft = draftId(given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/json")
                                .body(changed).put("/api/v1/symptoms/" + slug));
                        given().header("Authorization", reviewer).post("/api/v1/drafts/" + draft + "/publish").then().statusCode(200);
                        expected.add("symptoms/" + slug + "/2/updated");
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        List<Map<String, Object>> seen = follower.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        List<String> followed = seen.stream().map(ChangeFeedConcurrencyTest::key).toList();
        assertThat(followed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<Long> cursors = seen.stream().map(c -> Long.parseLong((String) c.get("cursor"))).toList();
        assertThat(cursors).isSorted();

        List<Map<String, Object>> replay = given().get("/api/v1/changes?limit=1000&since=" + start).jsonPath().getList("items");
        assertThat(replay.stream().map(ChangeFeedConcurrencyTest::key).toList()).containsExactlyElementsOf(followed);
    }

    /** Polls in pages of three until the writers are done and a last poll finds nothing new. */
    private static List<Map<String, Object>> follow(String start, AtomicBoolean writing) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = start;
        while (true) {
            boolean last = !writing.get();
            JsonPath page = given().get("/api/v1/changes?limit=3&since=" + cursor).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            seen.addAll(items);
            cursor = page.getString("next");
            if (items.isEmpty() && last) {
                return seen;
            }
        }
    }

    private static String key(Map<String, Object> change) {
        return change.get("collection") + "/" + change.get("slug") + "/" + change.get("version") + "/" + change.get("action");
    }
}
