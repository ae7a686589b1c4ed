package nl.municipalnetworks.commons.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Termination by written notice, as the networks' agreements state it: notice received before
 * {@code deadline} (e.g. 1 September) takes effect on {@code takesEffectOn} (e.g. 1 January) of the
 * next year; notice received on or after the deadline takes effect a year later.
 *
 * <p>Dates here are the last day that still counts (a membership or an agreement runs up to and
 * including it), so notice given on 2026-05-10 under the 1 September / 1 January rule ends on
 * 2026-12-31. Used for memberships (member-service) and agreements (finance-service): one rule, one place.
 */
public record NoticeRule(MonthDay deadline, MonthDay takesEffectOn) {

    public NoticeRule {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(takesEffectOn, "takesEffectOn");
    }

    /** The rule of the G40-Platform31 agreement: notice before 1 September, effective 1 January. */
    public static final NoticeRule BEFORE_SEPTEMBER_FROM_JANUARY = new NoticeRule(MonthDay.of(9, 1), MonthDay.of(1, 1));

    /** The first day on which the notice given on {@code noticeGivenOn} has taken effect. */
    public LocalDate takesEffect(LocalDate noticeGivenOn) {
        int year = noticeGivenOn.getYear();
        boolean beforeDeadline = noticeGivenOn.isBefore(deadline.atYear(year));
        return takesEffectOn.atYear(year + (beforeDeadline ? 1 : 2));
    }

    /** The last day that still counts after notice on {@code noticeGivenOn}. */
    public LocalDate lastDay(LocalDate noticeGivenOn) {
        return takesEffect(noticeGivenOn).minusDays(1);
    }

    /**
     * The last day of something that ends by law on {@code endOfTerm} anyway (an agreement's term):
     * notice never makes it run longer than its term.
     */
    public LocalDate lastDay(LocalDate noticeGivenOn, LocalDate endOfTerm) {
        LocalDate byNotice = lastDay(noticeGivenOn);
        return endOfTerm != null && endOfTerm.isBefore(byNotice) ? endOfTerm : byNotice;
    }

    /** The rule in words, for API answers and error texts. */
    public String describe() {
        return "notice received before " + words(deadline) + " takes effect on " + words(takesEffectOn)
                + " of the next year; notice received later takes effect a year after that";
    }

    private static String words(MonthDay day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
