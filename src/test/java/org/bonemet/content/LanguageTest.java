package org.bonemet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, null, en",
            "null, de, de",
            "null, de-DE, de",
            "null, 'fr;q=1, de;q=0.8, en;q=0.5', de",
            "null, 'en;q=0.2, de;q=0.9', de",
            "null, 'de;q=0, en', en",
            "null, 'fr, it', en",
            "null, '*', en",
            "null, 'not a header;;', en",
            "de, en, de",
            "' EN ', de, en" })
    void negotiates(String lang, String acceptLanguage, String expected) {
        assertThat(Languages.negotiate(lang, acceptLanguage)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "fr", "english", "''" })
    void refusesUnsupportedLangParameter(String lang) {
        assertThatThrownBy(() -> Languages.negotiate(lang, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors.get(0).field()).isEqualTo("lang"));
    }
}
