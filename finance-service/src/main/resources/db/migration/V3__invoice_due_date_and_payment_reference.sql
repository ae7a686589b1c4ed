-- When an invoice is due and the reference the payer quotes with the transfer, so that a bank statement's payments
-- find their invoice. Both are fixed when the invoice is issued. The reference is unique per seller: a payment
-- reaches the seller's own account, and two sellers of one network (Meierijstad and Platform31 for M50) each
-- number from 1.
alter table invoice add column due_date date;
alter table invoice add column payment_reference varchar(40);
update invoice set due_date = issue_date + 30, payment_reference = network || '-' || number;
alter table invoice alter column due_date set not null;
alter table invoice alter column payment_reference set not null;
alter table invoice add check (due_date >= issue_date);
create unique index invoice_by_payment_reference on invoice (seller, payment_reference);
create index invoice_by_due_date on invoice (due_date) where status in ('ISSUED', 'PARTLY_PAID', 'OVERDUE');
