package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortOrderTest {

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", "m.name");
        FIELDS.put("since", "ms.joinedOn");
    }

    @Test
    void fieldsAndDirectionsBecomeAnOrderByWithTheFallbackLast() {
        assertThat(SortOrder.toOrderBy("name,-since", FIELDS, "m.id")).isEqualTo("m.name asc, ms.joinedOn desc, m.id");
        assertThat(SortOrder.toOrderBy(" -name ", FIELDS, "m.id")).isEqualTo("m.name desc, m.id");
        assertThat(SortOrder.toOrderBy(null, FIELDS, "m.id")).isEqualTo("m.id");
        assertThat(SortOrder.toOrderBy("", FIELDS, "m.id")).isEqualTo("m.id");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ",,", "-", "name,", ",name", "name,,since", "name,-", " , "})
    void emptyPartsAndALoneMinusAreRefusedNamingSortAndTheAllowedFields(String sort) {
        assertThatThrownBy(() -> SortOrder.toOrderBy(sort, FIELDS, "m.id"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().invalidParams()).singleElement().satisfies(p -> {
                        assertThat(p.name()).isEqualTo("sort");
                        assertThat(p.reason()).contains("allowed: name, since");
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"name,name", "name,-name", "-since,since"})
    void aFieldNamedTwiceIsRefused(String sort) {
        assertThatThrownBy(() -> SortOrder.toOrderBy(sort, FIELDS, "m.id"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().invalidParams().get(0).reason()).contains("more than once"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "--name", "m.name", "name desc"})
    void unknownFieldsAreRefused(String sort) {
        assertThatThrownBy(() -> SortOrder.toOrderBy(sort, FIELDS, "m.id"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().invalidParams().get(0).reason()).startsWith("cannot sort on"));
    }
}
