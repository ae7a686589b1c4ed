package nl.municipalnetworks.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.json.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The strict reader and the problem it becomes, without Quarkus: the mapper as the services configure it. */
class StrictJsonReasonsTest {

    enum Status { PROSPECT, MEMBER }

    record Address(String street) {
    }

    record Body(String name, Integer inhabitants, Integer count, Boolean active, LocalDate since, UUID municipalityId,
                Status status, List<String> tags, Address address) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static {
        new StrictJson().customize(JSON);
    }

    @Test
    void wellFormedInputIsReadAsSent() throws Exception {
        Body body = JSON.readValue("""
                {"name":"Zeist\\tcentrum","inhabitants":66000,"count":3,"active":true,"since":"2024-02-29",
                 "municipalityId":"3f2c8a1e-0b7d-4c55-9a6e-2d4f1b9c7e10","status":"MEMBER","tags":["a"],
                 "address":{"street":"Slotlaan"}}""", Body.class);
        assertThat(body.inhabitants()).isEqualTo(66000);
        assertThat(body.since()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(body.name()).isEqualTo("Zeist\tcentrum");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"inhabitants": 1.5}                  | inhabitants      | must be a whole number from -2147483648 to 2147483647
            {"inhabitants": 1.0}                  | inhabitants      | must be a whole number from -2147483648 to 2147483647
            {"inhabitants": "12"}                 | inhabitants      | must be a whole number from -2147483648 to 2147483647
            {"inhabitants": 99999999999}          | inhabitants      | must be a whole number from -2147483648 to 2147483647
            {"name": 12345}                       | name             | must be text
            {"name": true}                        | name             | must be text
            {"name": {"a": 1}}                    | name             | must be text
            {"name": "nul\\u0000"}                | name             | must not contain control characters
            {"name": "half \\ud800"}              | name             | must be Unicode text (it holds half a character)
            {"active": "true"}                    | active           | must be true or false
            {"active": 1}                         | active           | must be true or false
            {"since": "+999999999-12-31"}         | since            | must be a date written as YYYY-MM-DD between 1800-01-01 and 2199-12-31
            {"since": "2023-02-29"}               | since            | must be a date written as YYYY-MM-DD between 1800-01-01 and 2199-12-31
            {"since": 20240101}                   | since            | must be a date written as YYYY-MM-DD between 1800-01-01 and 2199-12-31
            {"municipalityId": "nope"}            | municipalityId   | must be an id (UUID)
            {"status": "GONE"}                    | status           | must be one of: PROSPECT, MEMBER
            {"status": 1}                         | status           | must be one of: PROSPECT, MEMBER
            {"tags": "a"}                         | tags             | must be a list
            {"tags": [1]}                         | tags[0]          | must be text
            {"address": "Slotlaan 1"}             | address          | must be an object
            {"address": {"street": "x", "nr": 1}} | address.nr       | is not a known field
            {"colour": "red"}                     | colour           | is not a known field
            [1]                                   | body             | must be a JSON object
            """)
    void aRefusedValueIsNamedWithAReasonInTheUsersWords(String json, String field, String reason) {
        Problem problem = problemFor(json.getBytes(StandardCharsets.UTF_8));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.invalidParams()).containsExactly(new Problem.InvalidParam(field, reason));
        assertThat(problem.detail()).doesNotContain("java", "Integer", "LocalDate", "String", "UUID`", "class");
    }

    record Counter(int count) {
    }

    @Test
    void aWholeNumberThatIsMissingOrNullIsNotTakenAsZero() throws Exception {
        for (String json : new String[] {"{}", "{\"count\": null}"}) {
            JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(json, Counter.class));
            Problem problem = (Problem) new ProblemMappers().unreadableJson(e).getEntity();
            assertThat(problem.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("count");
        }
        assertThat(JSON.readValue("{\"count\": 0}", Counter.class).count()).isZero();
    }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        Problem problem = problemFor("{\"name\": \"Zeist\",\n \"inhabitants\": }".getBytes(StandardCharsets.UTF_8));
        assertThat(problem.detail()).isEqualTo("The request body is not valid JSON (line 2, column 17)");
        assertThat(problem.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("body");
    }

    @Test
    void bytesThatAreNotUtf8AreNotText() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        assertThat(problemFor(body).detail()).startsWith("The request body is not UTF-8 text");
    }

    @Test
    void aFieldGivenTwiceAndTrailingValuesAreRefused() {
        assertThat(problemFor("{\"name\":\"a\",\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8)).detail())
                .startsWith("The request body names a field more than once");
        assertThat(problemFor("{\"name\":\"a\"} {\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8)).invalidParams())
                .extracting(Problem.InvalidParam::name).containsExactly("body");
    }

    private static Problem problemFor(byte[] json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(json, Body.class));
        assertThat(e).as("refused").isNotNull();
        Response response = new ProblemMappers().unreadableJson(e);
        return (Problem) response.getEntity();
    }
}
