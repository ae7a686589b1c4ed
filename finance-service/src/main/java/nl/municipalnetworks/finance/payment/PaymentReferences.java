package nl.municipalnetworks.finance.payment;

import nl.municipalnetworks.finance.invoice.InvoiceStatus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the invoice a payment pays from what the payer wrote with it. An invoice's payment reference is its
 * network and number, {@code M50-2026-000001} ({@code invoice.PaymentTerms}); payers in the Netherlands type it
 * the way they like, and banks pass it on inside longer texts. All of these quote {@code M50-2026-000001}:
 * <ul>
 *   <li>{@code m50-2026-000001}, {@code M50 2026 000001}, {@code M50/2026/000001}, {@code M50.2026.000001},
 *       {@code M502026000001}: any case, spaces, dashes, slashes, dots or nothing between the parts;</li>
 *   <li>{@code M50-2026-1}: the leading zeros of the sequence left off;</li>
 *   <li>{@code Factuur M50 2026 000001 contributie}: inside a longer remittance text;</li>
 *   <li>{@code factuurnummer 2026-000001}: the invoice number alone, without the network, when nothing quotes
 *       the network (the number must then be written in full, six digits, so that a date or an amount is not
 *       taken for it, and stand on its own: {@code G40-2026-000001} is another network's invoice).</li>
 * </ul>
 * The payment is matched only when exactly one invoice answers: within the seller whose account received it,
 * when that is known; an invoice reference two sellers of the network both use, two invoices quoted at once, a
 * credited invoice or no reference at all leave it unmatched, with the reason, for the treasurer to match by hand.
 */
public final class PaymentReferences {

    private static final String SEPARATORS = "[\\s\\u00a0\\-./_:#]*";
    /**
     * An invoice number without the network: at the start, after a space, a colon, a # or a bracket, never after a
     * dash or a letter (G40-2026-000001 quotes another network's invoice, not M50's 2026-000001).
     */
    private static final Pattern NUMBER_ALONE = Pattern.compile("(?<![^\\s:#(])(\\d{4})[\\s\\-./_]?(\\d{6})(?![0-9])");

    private static final Pattern ANY_NETWORK = Pattern.compile("(?<![0-9A-Za-z])([A-Za-z][A-Za-z0-9]{1,9})[\\s\\u00a0\\-./_:#]+"
            + "(\\d{4})" + SEPARATORS + "(\\d{1,6})(?![0-9])");

    private PaymentReferences() {
    }

    /** The form an invoice carries: {@code M50-2026-000001}. */
    public static String canonical(String network, int year, int sequence) {
        return String.format(Locale.ROOT, "%s-%04d-%06d", network, year, sequence);
    }

    /** The references of {@code network}'s invoices that {@code text} quotes, in canonical form, in order. */
    public static Set<String> quotedIn(String text, String network) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Pattern withNetwork = Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(network) + SEPARATORS
                + "(\\d{4})" + SEPARATORS + "(\\d{1,6})(?![0-9])", Pattern.CASE_INSENSITIVE);
        collect(withNetwork.matcher(text), network, found);
        if (found.isEmpty()) {
            collect(NUMBER_ALONE.matcher(text), network, found);
        }
        return found;
    }

    /**
     * The invoice references of any network that {@code text} quotes with the network written out and apart from the
     * year ({@code G40-2026-000001}, {@code g40 2026 1}), in canonical form: to tell a payment for another network.
     */
    public static Set<String> quotedOfAnyNetwork(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher matcher = ANY_NETWORK.matcher(text);
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(2));
            int sequence = Integer.parseInt(matcher.group(3));
            if (year >= 2000 && year <= 2199 && sequence >= 1) {
                found.add(canonical(matcher.group(1).toUpperCase(Locale.ROOT), year, sequence));
            }
        }
        return found;
    }

    private static void collect(Matcher matcher, String network, Set<String> found) {
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            int sequence = Integer.parseInt(matcher.group(2));
            if (year >= 2000 && year <= 2199 && sequence >= 1) {
                found.add(canonical(network, year, sequence));
            }
        }
    }

    /** An invoice whose reference the payment quotes. */
    public record Candidate(UUID invoiceId, String reference, String seller, InvoiceStatus status) {
    }

    /** What the payment matches: an invoice, or nothing with the reason why (for the treasurer). */
    public sealed interface Match {
    }

    public record Matched(UUID invoiceId) implements Match {
    }

    public record Unmatched(String reason) implements Match {
    }

    /**
     * The one invoice of {@code network} that a payment with {@code text} pays.
     *
     * @param candidates the network's invoices whose reference is one of {@link #quotedIn} (of any seller)
     * @param seller     the seller whose account received the payment, null when not known
     */
    public static Match match(String text, String network, String seller, List<Candidate> candidates) {
        Set<String> quoted = quotedIn(text, network);
        if (quoted.isEmpty()) {
            return new Unmatched("no invoice reference of " + network + " (such as " + network
                    + "-2026-000001) in the description");
        }
        List<Candidate> relevant = new ArrayList<>();
        for (Candidate c : candidates) {
            if (quoted.contains(c.reference()) && (seller == null || seller.equals(c.seller()))) {
                relevant.add(c);
            }
        }
        List<Candidate> live = relevant.stream().filter(c -> c.status() != InvoiceStatus.CREDITED).toList();
        if (live.size() == 1) {
            return new Matched(live.get(0).invoiceId());
        }
        if (live.isEmpty()) {
            if (!relevant.isEmpty()) {
                return new Unmatched("invoice " + String.join(", ", new TreeSet<>(relevant.stream().map(Candidate::reference).toList()))
                        + " was credited; match the payment by hand to the invoice that replaced it, or pay it back");
            }
            return new Unmatched("no invoice " + String.join(" or ", quoted)
                    + (seller == null ? "" : " of " + seller) + " in " + network);
        }
        Set<String> references = new TreeSet<>(live.stream().map(Candidate::reference).toList());
        if (references.size() > 1) {
            return new Unmatched("the description quotes more than one invoice: " + String.join(", ", references));
        }
        return new Unmatched(references.iterator().next() + " is an invoice of "
                + String.join(" and ", new TreeSet<>(live.stream().map(Candidate::seller).toList()))
                + "; it is not known whose account received the payment");
    }
}
