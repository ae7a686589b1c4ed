package nl.municipalnetworks.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.api.Text;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Request bodies are read strictly, so that what a client sent is what is stored and published:
 * unknown fields are refused; a whole number is a whole number (no fraction cut off, no text
 * turned into a number); text is text (no number turned into a name) without control characters;
 * true/false is a boolean; a date is {@code YYYY-MM-DD} within {@link DateRange}; a field given
 * twice or anything after the JSON value is refused.
 *
 * <p>This is the reader of requests, a service's own API. A consumer of another service's integration
 * events should read them tolerantly (a copy of this mapper with FAIL_ON_UNKNOWN_PROPERTIES off), so
 * that a field added to an event does not stop it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus has registered the Java time module: the strict date reader must win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);

        SimpleModule strict = new SimpleModule("strict-input");
        strict.addDeserializer(String.class, new TextDeserializer());
        strict.addDeserializer(LocalDate.class, new DateDeserializer());
        mapper.registerModule(strict);
    }

    /** Only a JSON string is text, and only without control characters. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(parser, String.class, "must be text");
            }
            String text = parser.getText();
            String refusal = Text.refusal(text);
            if (refusal != null) {
                throw new RefusedValue(parser, String.class, refusal);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A date is a JSON string {@code YYYY-MM-DD} of a real day within {@link DateRange}. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                var date = DateRange.parse(parser.getText());
                if (date.isPresent()) {
                    return date.get();
                }
            }
            throw new RefusedValue(parser, LocalDate.class, DateRange.EXPECTED);
        }
    }
}
