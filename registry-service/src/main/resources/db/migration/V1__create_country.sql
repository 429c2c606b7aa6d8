-- OAS member states. Names in the four official languages of the OAS.
create table country (
    iso3       char(3)      primary key check (iso3 ~ '^[A-Z]{3}$'),
    name_en    varchar(100) not null,
    name_es    varchar(100) not null,
    name_fr    varchar(100) not null,
    name_pt    varchar(100) not null,
    subregion  varchar(20)  not null check (subregion in ('CARIBBEAN', 'CENTRAL_AMERICA', 'SOUTH_AMERICA', 'NORTH_AMERICA')),
    active     boolean      not null,
    version    integer      not null default 0
);
