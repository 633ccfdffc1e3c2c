package org.bonemet.score;

import java.util.ArrayList;
import java.util.List;

import org.bonemet.content.InvalidInputException.FieldError;

import com.fasterxml.jackson.databind.JsonNode;

final class ScoreInputs {

    private ScoreInputs() {
    }

    /** Fields a score does not know: refused, so that a misspelt input is never silently ignored. */
    static List<FieldError> unknownFields(JsonNode input, List<String> known) {
        List<FieldError> errors = new ArrayList<>();
        if (input != null && !input.isObject()) {
            errors.add(new FieldError("body", "must be a JSON object"));
            return errors;
        }
        if (input != null) {
            input.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    errors.add(new FieldError(name, "is not an input of this score; expected " + String.join(", ", known)));
                }
            });
        }
        return errors;
    }
}
