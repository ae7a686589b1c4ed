package nl.municipalnetworks.finance.agreement;

import nl.municipalnetworks.finance.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A surplus that both parties have established, to be settled against the payer's contribution of the
 * agreement's last year: "Een door beide partijen vastgesteld overschot wordt verrekend met de bijdrage van de
 * steden voor het laatste uitvoeringsjaar van het convenant" (seed deventer-g40-platform31-convenant.txt,
 * convenant art. 7). The amount is this payer's share, excluding VAT: it lowers the taxable amount of the
 * contribution it is settled against, so the VAT on that invoice goes down with it.
 *
 * <p>"The last year" is the agreement's own last year, the year of its effective end: 2027 when it runs its
 * term, earlier when it was ended by notice (the seed speaks only of the covenant's last year).
 *
 * @param amount          the payer's share of the surplus, above zero, excluding VAT
 * @param agreedByPayerOn the day the payer agreed to the amount
 * @param agreedByPayeeOn the day the payee agreed to the amount
 */
public record AgreedSurplus(Money amount, LocalDate agreedByPayerOn, LocalDate agreedByPayeeOn) {

    public AgreedSurplus {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a surplus to settle is above zero, got " + amount);
        }
        if (agreedByPayerOn == null || agreedByPayeeOn == null) {
            throw new IllegalArgumentException("a surplus is settled only when both parties have agreed to it");
        }
    }
}
