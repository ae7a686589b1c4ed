package nl.municipalnetworks.events.calendar;

import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.events.event.EventDtos.EventView;
import nl.municipalnetworks.events.event.EventDtos.SessionView;
import nl.municipalnetworks.events.event.EventStatus;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an iCalendar object (RFC 5545) that calendar clients subscribe to or import:
 * <ul>
 *   <li>times in Europe/Amsterdam local time ({@code DTSTART;TZID=Europe/Amsterdam:20251026T013000}) with the
 *       {@code VTIMEZONE} that defines it (CET/CEST, the change on the last Sundays of March and October), so that a
 *       client anywhere shows the Dutch time and the right instant on either side of the change;</li>
 *   <li>a stable {@code UID} per event (its id), so a client updates rather than duplicates it;</li>
 *   <li>{@code SEQUENCE} = the event's sequence, raised by every change, and {@code DTSTAMP}/{@code LAST-MODIFIED}
 *       = when it last changed, so a client takes the newer version;</li>
 *   <li>{@code STATUS}: TENTATIVE while PLANNED, CANCELLED once cancelled (a client strikes it out or removes it),
 *       CONFIRMED otherwise;</li>
 *   <li>text escaped (backslash, semicolon, comma, newline), lines of at most 75 octets folded, CRLF line ends.</li>
 * </ul>
 * Plain Java, no framework.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";
    static final String PRODID = "-//Municipal networks platform//events-service//NL";
    static final String UID_DOMAIN = "events.municipalnetworks.nl";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Europe/Amsterdam since 1996 (EU summer time rules): CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Amsterdam",
            "X-LIC-LOCATION:Europe/Amsterdam",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {
    }

    /** A calendar of these events, named {@code name} in clients (X-WR-CALNAME). */
    public static String write(String name, List<EventView> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Europe/Amsterdam");
        VTIMEZONE.forEach(l -> line(out, l));
        for (EventView event : events) {
            event(out, event);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static String uid(java.util.UUID eventId) {
        return eventId + "@" + UID_DOMAIN;
    }

    private static void event(StringBuilder out, EventView e) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid(e.id()));
        String stamp = utc(e.updatedAt());
        line(out, "DTSTAMP:" + stamp);
        line(out, "LAST-MODIFIED:" + stamp);
        line(out, "SEQUENCE:" + e.sequence());
        line(out, "DTSTART;TZID=Europe/Amsterdam:" + local(e.startsAt()));
        line(out, "DTEND;TZID=Europe/Amsterdam:" + local(e.endsAt()));
        line(out, "SUMMARY:" + text(e.title()));
        String description = description(e);
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + text(description));
        }
        String location = e.place() != null ? e.place() : e.onlineLink();
        if (location != null) {
            line(out, "LOCATION:" + text(location));
        }
        if (e.onlineLink() != null) {
            line(out, "URL:" + e.onlineLink());
        }
        line(out, "STATUS:" + status(e.status()));
        line(out, "CATEGORIES:" + e.kind());
        line(out, "CLASS:" + (e.audience() == nl.municipalnetworks.events.event.Audience.PUBLIC ? "PUBLIC" : "PRIVATE"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
    }

    static String status(EventStatus status) {
        return switch (status) {
            case PLANNED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
            default -> "CONFIRMED";
        };
    }

    private static String description(EventView e) {
        StringBuilder text = new StringBuilder();
        if (e.description() != null) {
            text.append(e.description());
        }
        if (e.partner() != null) {
            appendLine(text, "Georganiseerd door/met " + e.partner() + " voor " + String.join(", ", e.networks()));
        }
        if (e.place() != null && e.onlineLink() != null) {
            appendLine(text, "Online: " + e.onlineLink());
        }
        if (!e.sessions().isEmpty()) {
            appendLine(text, "Sessies:");
            for (SessionView s : e.sessions()) {
                text.append('\n').append("- ").append(s.startsAt().atZoneSameInstant(DutchTime.ZONE).toLocalTime())
                        .append('-').append(s.endsAt().atZoneSameInstant(DutchTime.ZONE).toLocalTime())
                        .append(' ').append(s.title());
            }
        }
        return text.toString();
    }

    private static void appendLine(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }

    static String local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(DutchTime.ZONE).toLocalDateTime().format(LOCAL);
    }

    static String utc(OffsetDateTime moment) {
        return moment.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: a content line of more than 75 octets is folded (CRLF + a space), never inside a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
