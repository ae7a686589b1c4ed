package nl.municipalnetworks.contracts.finance;

import nl.municipalnetworks.contracts.IntegrationEvent;
import nl.municipalnetworks.contracts.Topic;

/** Events published by finance-service, each keyed by the id of what it is about (subject). */
public sealed interface FinanceEvent extends IntegrationEvent permits InvoiceIssued, PaymentReceived, InvoiceOverdue,
        InvoiceCredited, BudgetAdopted, AnnualAccountsAdopted {

    String TOPIC = Topic.FINANCE_EVENTS.name();

    /** The network (M50, G40) the invoice, budget or annual accounts belong to. */
    String network();

    @Override
    default String topic() {
        return TOPIC;
    }
}
