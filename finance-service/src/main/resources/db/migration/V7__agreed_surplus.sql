-- A surplus both parties agreed to settle against the payer's contribution of the agreement's last year
-- (convenant art. 7). All three columns or none.
alter table agreement add column surplus_amount numeric(12, 2);
alter table agreement add column surplus_agreed_by_payer_on date;
alter table agreement add column surplus_agreed_by_payee_on date;
alter table agreement add check (surplus_amount is null or surplus_amount > 0);
alter table agreement add check ((surplus_amount is null) = (surplus_agreed_by_payer_on is null)
    and (surplus_amount is null) = (surplus_agreed_by_payee_on is null));
