-- For ANNUAL_ACCOUNTS_ADOPTED: whose accounts of which year the general assembly adopted (finance-service records the
-- adoption and closes that year's books). Named explicitly, as a budget's adoption names its budget.
alter table decision add column accounts_network varchar(10);
alter table decision add column accounts_year integer;
alter table decision add constraint decision_accounts_named
    check (kind <> 'ANNUAL_ACCOUNTS_ADOPTED' or (accounts_network is not null and accounts_year is not null));
