package org.bonemet.score;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** A validated clinical score: its inputs, bands and sources, and the computation from a JSON input. */
public interface Score {

    String name();

    String title();

    List<InputSpec> inputs();

    List<Band> bands();

    /** Reference slugs of the sources that define the score and its bands. */
    List<String> references();

    /**
     * Computes the score. Every missing, unknown or out-of-range input is reported together.
     *
     * @throws org.bonemet.content.InvalidInputException naming each bad field; nothing is guessed
     */
    Result compute(JsonNode input);

    @Schema(name = "ScoreInput", description = "One input of a score: an enumeration or a number with its range.")
    record InputSpec(String name, String description,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) List<String> values,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) BigDecimal minimum,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) BigDecimal maximum,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) BigDecimal multipleOf) {
    }

    @Schema(name = "ScoreBand", description = "A range of totals (inclusive) with what the source ties to it.")
    record Band(String name,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) BigDecimal minimum,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) BigDecimal maximum, String interpretation) {

        boolean contains(BigDecimal total) {
            return (minimum == null || total.compareTo(minimum) >= 0) && (maximum == null || total.compareTo(maximum) <= 0);
        }
    }

    @Schema(name = "ScoreComponent")
    record Component(String name, String value, BigDecimal points) {
    }

    /** One question of a point score's table: its answers in the source's order, each with its points. */
    record Question(String field, String description, List<Answer> answers) {
    }

    /** An answer: a category, or a range of counts written "1-2", "3 or more" or "0". */
    record Answer(String code, String display, int points) {
    }

    /** The score's table as questions; empty for a score that is a formula rather than a sum of points. */
    default List<Question> questions() {
        return List.of();
    }

    record Result(String score, BigDecimal total, String band, String interpretation, List<Component> components,
            List<String> references) {
    }
}
