-- The invoices of a network's year in the order of their numbers: the invoice list's default order and the paging of
-- the year's e-invoice archive read them from the index, without sorting the whole year at every page.
drop index invoice_by_network_year;
create index invoice_by_network_year on invoice (network, year, seller, number);
