package nl.municipalnetworks.contracts;

import nl.municipalnetworks.contracts.finance.FinanceEvent;
import nl.municipalnetworks.contracts.meeting.MeetingEvent;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.pillar.PillarEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of contracts/README.md name exactly the event types the records declare, each with its meaning,
 * and exactly the topics {@link Topic#ALL} declares, as declared.
 */
class EventCatalogueTest {

    /** The sealed interface of each publishing service; its permitted records are the event types. */
    private static final List<Class<?>> EVENT_FAMILIES = List.of(MemberEvent.class, PillarEvent.class, FinanceEvent.class,
            MeetingEvent.class);

    private static final Pattern ROW = Pattern.compile("^\\| `(nl\\.municipalnetworks\\.[a-z.-]+\\.v\\d+)` \\| `(\\w+)` \\| (.+) \\|$",
            Pattern.MULTILINE);

    @Test
    void everyEventTypeIsDocumentedWithItsMeaning() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            assertThat(row.group(3).strip()).as("meaning of " + row.group(1)).hasSizeGreaterThan(10);
            documented.add(row.group(1) + " " + row.group(2));
        }
        Set<String> declared = EVENT_FAMILIES.stream()
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .map(type -> typeOf(type) + " " + type.getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(declared);
    }

    @Test
    void everyTopicIsDocumentedAsDeclared() throws IOException {
        Set<String> documented = Pattern.compile("^\\| `([a-z-]+)` \\| .+\\|$", Pattern.MULTILINE)
                .matcher(section("Topics")).results()
                .map(MatchResult::group)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = Topic.ALL.stream()
                .map(topic -> "| `%s` | %d | %d | %s | %s | %s |".formatted(topic.name(), topic.partitions(),
                        topic.productionReplicas(), topic.key(),
                        retention(topic.retentionMs()),
                        topic.cleanupPolicy()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(declared);
    }

    @Test
    void typesAreVersionedAndNamedAfterTheirService() {
        for (Class<?> type : MemberEvent.class.getPermittedSubclasses()) {
            assertThat(typeOf(type)).matches("nl\\.municipalnetworks\\.member\\.[a-z-]+\\.v\\d+");
        }
        for (Class<?> type : PillarEvent.class.getPermittedSubclasses()) {
            assertThat(typeOf(type)).matches("nl\\.municipalnetworks\\.pillar\\.[a-z-]+\\.v\\d+");
        }
        for (Class<?> type : FinanceEvent.class.getPermittedSubclasses()) {
            assertThat(typeOf(type)).matches("nl\\.municipalnetworks\\.finance\\.[a-z-]+\\.v\\d+");
        }
        for (Class<?> type : MeetingEvent.class.getPermittedSubclasses()) {
            assertThat(typeOf(type)).matches("nl\\.municipalnetworks\\.events\\.[a-z-]+\\.v\\d+");
        }
    }

    private static String retention(long ms) {
        if (ms == Topic.KEEP_FOREVER) {
            return "forever";
        }
        return ms % Topic.DAY_MS == 0 ? ms / Topic.DAY_MS + " days" : ms + " ms";
    }

    private static String section(String heading) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## " + heading + "\n");
        assertThat(start).as("README section " + heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String typeOf(Class<?> event) {
        try {
            return (String) event.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(event.getSimpleName() + " declares no public static TYPE", e);
        }
    }
}
