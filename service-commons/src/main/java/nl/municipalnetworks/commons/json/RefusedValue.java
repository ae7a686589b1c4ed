package nl.municipalnetworks.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that has the right shape for Jackson but not for the platform (a control character
 * in a name, a date outside the range). Its message is the reason a user reads.
 */
public class RefusedValue extends MismatchedInputException {

    public RefusedValue(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, reason, targetType);
    }

    public String reason() {
        return getOriginalMessage();
    }
}
