package org.bonemet.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bonemet.score.Score;
import org.bonemet.score.Scores;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * One input type per score calculator, made from the calculator's own input list (the one GET /scores serves):
 * {@code MirelsInputs}, {@code SinsInputs}, ... Every input is required and no other is accepted, as the calculators
 * check. {@code ScoreInputs}, the body of {@code POST /scores/{score}}, is one of them; a patient profile's
 * {@code scoreInputs} names each by its calculator.
 */
final class ScoreInputSchemas {

    private ScoreInputSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        List<Schema> alternatives = new ArrayList<>();
        Schema byCalculator = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(Boolean.FALSE)
                .description("Inputs of any calculator of /api/v1/scores, by its name; computed and used by the criteria.");
        for (Score score : Scores.ALL) {
            String name = OperationNames.pascal(score.name()) + "Inputs";
            Schema inputs = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(Boolean.FALSE)
                    .description("The inputs of " + score.title() + " (POST /api/v1/scores/" + score.name() + ").");
            for (Score.InputSpec input : score.inputs()) {
                Schema property = OASFactory.createSchema().description(input.description());
                if (input.values() != null) {
                    property.addType(Schema.SchemaType.STRING).enumeration(List.copyOf(input.values()));
                } else if (whole(input.minimum()) && whole(input.maximum()) && (input.multipleOf() == null || whole(input.multipleOf()))) {
                    // a range of whole numbers is a count or a scale the calculator reads as an integer (70, not 70.0)
                    property.addType(Schema.SchemaType.INTEGER).format("int32").minimum(input.minimum()).maximum(input.maximum())
                            .multipleOf(input.multipleOf());
                } else {
                    property.addType(Schema.SchemaType.NUMBER).format("double").minimum(input.minimum()).maximum(input.maximum())
                            .multipleOf(input.multipleOf());
                }
                inputs.addProperty(input.name(), property).addRequired(input.name());
            }
            openAPI.getComponents().addSchema(name, inputs);
            alternatives.add(OASFactory.createSchema().ref(name));
            byCalculator.addProperty(score.name(), OASFactory.createSchema().ref(name));
        }
        openAPI.getComponents().addSchema("ScoreInputs", OASFactory.createSchema().oneOf(alternatives)
                .description("The inputs of one score calculator (the one the path names); GET /api/v1/scores lists them."));
        Schema profile = openAPI.getComponents().getSchemas().get("PatientProfile");
        if (profile != null && profile.getProperties() != null && profile.getProperties().get("scoreInputs") != null) {
            profile.addProperty("scoreInputs", byCalculator);
        }
    }

    private static boolean whole(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() <= 0;
    }
}
