-- Population per country and year, loaded by the secretariat; the denominator of SDG indicator 16.2.2.
create table population (
    country     char(3)      not null check (country ~ '^[A-Z]{3}$'),
    year        integer      not null check (year between 1950 and 2100),
    population  bigint       not null check (population > 0),
    source      varchar(200) not null,
    version     integer      not null default 0,
    primary key (country, year)
);
