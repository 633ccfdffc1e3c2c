package org.bonemet.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Problem titles are translated for every status the API answers with a problem. */
class ProblemTitlesTest {

    @Test
    void everyProblemStatusHasAGermanTitle() {
        assertThat(ProblemTitles.read("de").titles().keySet()).contains("400", "404", "405", "406", "413", "415", "500");
        assertThat(ProblemTitles.title(404, "de", "Not Found")).isEqualTo("Nicht gefunden");
        assertThat(ProblemTitles.title(404, "en", "Not Found")).isEqualTo("Not Found");
    }
}
