import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reads an iCalendar feed from standard input with ical4j (a real calendar library) and prints what a calendar client
 * would show: every event's start in Dutch time, its title and status. Run by bench/events-demo.sh.
 */
public class ReadCalendar {

    public static void main(String[] args) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", java.util.Locale.forLanguageTag("nl-NL"))
                .withZone(ZoneId.of("Europe/Amsterdam"));
        System.out.println("   ical4j read " + events.size() + " events (time zones: "
                + calendar.getComponents(Component.VTIMEZONE).size() + " VTIMEZONE)");
        for (VEvent event : events) {
            Instant start = Instant.from(((DateProperty<?>) event.getStartDate().orElseThrow()).getDate());
            String status = event.getProperty(Property.STATUS).map(Property::getValue).orElse("-");
            String title = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("?");
            System.out.println("   " + dutch.format(start) + "  " + status + "  " + title);
        }
    }
}
