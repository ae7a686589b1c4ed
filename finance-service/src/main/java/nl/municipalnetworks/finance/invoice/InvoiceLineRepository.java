package nl.municipalnetworks.finance.invoice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class InvoiceLineRepository implements PanacheRepositoryBase<InvoiceLineEntity, UUID> {
}
