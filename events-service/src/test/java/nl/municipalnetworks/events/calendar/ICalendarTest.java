package nl.municipalnetworks.events.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.municipalnetworks.events.event.Audience;
import nl.municipalnetworks.events.event.EventDtos.EventView;
import nl.municipalnetworks.events.event.EventDtos.Seats;
import nl.municipalnetworks.events.event.EventDtos.SessionView;
import nl.municipalnetworks.events.event.EventKind;
import nl.municipalnetworks.events.event.EventStatus;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text, read back by a real iCalendar library (ical4j). */
class ICalendarTest {

    static EventView event(UUID id, String title, String startsAt, String endsAt, EventStatus status, int sequence,
                           List<SessionView> sessions) {
        return new EventView(id, "M50", List.of("M50"), null, false, EventKind.GENERAL_ASSEMBLY, title, null,
                OffsetDateTime.parse(startsAt), OffsetDateTime.parse(endsAt), "Zeist", null, null, null, Audience.PUBLIC, null,
                status, sequence, OffsetDateTime.parse("2025-01-15T10:00:00+01:00"), Seats.of(null, 0, 0), sessions);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static Instant instant(Object dateProperty) {
        Temporal date = ((net.fortuna.ical4j.model.property.DateProperty<?>) dateProperty).getDate();
        return Instant.from(date);
    }

    @Test
    void anEventAcrossTheAutumnClockChangeKeepsItsInstantsInAnyClient() throws Exception {
        // 26 October 2025, the last Sunday of October: at 03:00 CEST the clocks go back to 02:00 CET.
        UUID id = UUID.randomUUID();
        EventView night = event(id, "Nachtelijke sessie", "2025-10-26T01:30:00+02:00", "2025-10-26T04:00:00+01:00",
                EventStatus.OPEN, 0, List.of());
        EventView morning = event(UUID.randomUUID(), "Ochtendsessie", "2025-10-26T10:00:00+01:00", "2025-10-26T12:00:00+01:00",
                EventStatus.OPEN, 0, List.of());
        EventView saturday = event(UUID.randomUUID(), "Zaterdag", "2025-10-25T10:00:00+02:00", "2025-10-25T12:00:00+02:00",
                EventStatus.OPEN, 0, List.of());
        String ics = ICalendar.write("M50 2025", List.of(night, morning, saturday));

        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20251026T013000\r\n", "DTEND;TZID=Europe/Amsterdam:20251026T040000\r\n",
                "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        List<VEvent> events = parse(ics).getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSize(3);
        assertThat(instant(events.get(0).getStartDate().orElseThrow())).isEqualTo(Instant.parse("2025-10-25T23:30:00Z"));
        assertThat(instant(events.get(0).getEndDate().orElseThrow())).as("three and a half hours later, not two and a half")
                .isEqualTo(Instant.parse("2025-10-26T03:00:00Z"));
        assertThat(instant(events.get(1).getStartDate().orElseThrow())).as("winter time: UTC+1").isEqualTo(Instant.parse("2025-10-26T09:00:00Z"));
        assertThat(instant(events.get(2).getStartDate().orElseThrow())).as("summer time: UTC+2").isEqualTo(Instant.parse("2025-10-25T08:00:00Z"));
    }

    @Test
    void aChangedOrCancelledEventKeepsItsUidWithAHigherSequence() throws Exception {
        UUID id = UUID.randomUUID();
        String first = ICalendar.write("M50", List.of(event(id, "ALV najaar", "2025-09-25T13:00:00+02:00",
                "2025-09-25T17:00:00+02:00", EventStatus.PLANNED, 0, List.of())));
        String cancelled = ICalendar.write("M50", List.of(event(id, "ALV najaar", "2025-09-25T13:00:00+02:00",
                "2025-09-25T17:00:00+02:00", EventStatus.CANCELLED, 3, List.of())));
        VEvent before = parse(first).<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).get(0);
        VEvent after = parse(cancelled).<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).get(0);
        assertThat(before.getRequiredProperty(Property.UID).getValue()).isEqualTo(id + "@events.municipalnetworks.nl")
                .isEqualTo(after.getRequiredProperty(Property.UID).getValue());
        assertThat(before.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("TENTATIVE");
        assertThat(after.getRequiredProperty(Property.STATUS).getValue()).isEqualTo("CANCELLED");
        assertThat(after.getRequiredProperty(Property.SEQUENCE).getValue()).isEqualTo("3");
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() throws Exception {
        String title = "Themasessie: woningmarkt, Oekraïense vluchtelingen; en 's-Hertogenbosch\\Súdwest-Fryslân — "
                + "een lange titel die zeker langer is dan vijfenzeventig octetten in UTF-8";
        SessionView session = new SessionView(UUID.randomUUID(), "Pijler Sociaal", OffsetDateTime.parse("2025-09-25T16:00:00+02:00"),
                OffsetDateTime.parse("2025-09-25T17:00:00+02:00"), null, null, Seats.of(40, 0, 0));
        String ics = ICalendar.write("M50", List.of(event(UUID.randomUUID(), title, "2025-09-25T13:00:00+02:00",
                "2025-09-25T17:00:00+02:00", EventStatus.OPEN, 1, List.of(session))));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
        VEvent read = parse(ics).<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).get(0);
        assertThat(read.getRequiredProperty(Property.SUMMARY).getValue()).isEqualTo(title);
        assertThat(read.getRequiredProperty(Property.DESCRIPTION).getValue()).isEqualTo("Sessies:\n- 16:00-17:00 Pijler Sociaal");
    }
}
