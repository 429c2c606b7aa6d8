-- Progress reports assembled from one snapshot: DRAFT, then COUNTRY_REVIEW (focal points comment per section), then FINAL
-- (public). A FINAL report never changes, so its row is guarded against update and delete.
create table report (
    id                 bigserial     primary key,
    snapshot_id        bigint        not null references snapshot (id),
    cycle              varchar(20)   not null,
    title              varchar(300)  not null,
    status             varchar(20)   not null check (status in ('DRAFT', 'COUNTRY_REVIEW', 'FINAL')),
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    review_started_at  timestamptz,
    finalized_at       timestamptz,
    version            integer       not null default 0
);
create index report_cycle on report (cycle, status);

create function refuse_final_report_change() returns trigger language plpgsql as $$
begin
    if old.status = 'FINAL' then
        raise exception 'a FINAL report is immutable';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger report_final_immutable before update or delete on report
    for each row execute function refuse_final_report_change();

-- What a member state's focal point says about one section of a report under country review.
create table report_comment (
    id          bigserial      primary key,
    report_id   bigint         not null references report (id),
    section     varchar(12)    not null check (section in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'SDG_16_2_2', 'APPENDICES')),
    country     char(3)        not null check (country ~ '^[A-Z]{3}$'),
    author      varchar(200)   not null,
    client      varchar(200),
    text        varchar(10000) not null,
    created_at  timestamptz    not null
);
create index report_comment_report on report_comment (report_id, country);
