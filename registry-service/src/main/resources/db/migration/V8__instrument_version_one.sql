-- Every existing instrument becomes version 1 of itself, with its current view as the version's data (the shape of
-- the API's Instrument, without null fields): origin BASELINE (cycle 2015-2018, valid since the start) for the report's
-- rows, CYCLE for answers a cycle published, DIRECT_ENTRY for the rest (both valid from the day they were recorded, as
-- the reference date of an older publication is not known). Who made it is the last content change of its history.

insert into instrument_version (instrument_id, revision, valid_from, recorded_at, origin, cycle, subject, client, actor_country, data)
select i.id, 1,
       case when i.provenance_source = 'REPORT_BASELINE' then null else i.updated_at::date end,
       i.updated_at,
       case i.provenance_source when 'REPORT_BASELINE' then 'BASELINE' when 'CYCLE_ANSWER' then 'CYCLE' else 'DIRECT_ENTRY' end,
       case when i.provenance_source = 'REPORT_BASELINE' then '2015-2018'
            when i.provenance_source = 'CYCLE_ANSWER' then i.provenance_cycle end,
       coalesce(last.subject, 'baseline-import'), last.client, last.actor_country,
       jsonb_strip_nulls(jsonb_build_object(
           'id', i.id, 'country', i.country, 'kind', i.kind, 'title', i.title, 'titleEn', i.title_en,
           'language', i.language, 'institution', i.institution, 'yearStart', i.year_start, 'yearEnd', i.year_end,
           'link', i.link, 'foundOnline', i.found_online, 'linkCheckedAt', i.link_checked_at, 'linkStatus', i.link_status,
           'confidentiality', i.confidentiality,
           'provenance', jsonb_build_object('source', i.provenance_source, 'cycle', i.provenance_cycle,
               'question', i.provenance_question, 'position', i.provenance_position, 'note', i.provenance_note),
           'verified', i.verified, 'verifiedAt', i.verified_at, 'createdAt', i.created_at, 'updatedAt', i.updated_at,
           'status', i.status, 'statusDate', i.status_date, 'statusReason', i.status_reason, 'revision', 1,
           'body', case when i.kind = 'INTER_AGENCY_BODY' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'model', i.body_model, 'chairInstitution', i.chair_institution, 'chairPublicSecurity', i.chair_public_security,
               'establishedBy', i.established_by, 'publicInstitutionCount', i.public_institution_count,
               'civilSocietyIncluded', i.civil_society_included, 'civilSocietyCount', i.civil_society_count,
               'genderEntityMember', i.gender_entity_member, 'approaches', i.approaches, 'headSex', i.head_sex)), '{}') end,
           'law', case when i.kind = 'LAW' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'legalPath', i.legal_path, 'lawNumber', i.law_number, 'amendments', i.amendments)), '{}') end,
           'plan', case when i.kind in ('PLAN', 'NATIONAL_POLICY') then nullif(jsonb_strip_nulls(jsonb_build_object(
               'planType', i.plan_type, 'successorId', i.successor_id, 'genderPerspective', i.gender_perspective)), '{}') end,
           'channel', case when i.kind = 'REPORTING_CHANNEL' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'type', i.channel_type, 'topic', i.channel_topic, 'contact', i.contact, 'features', i.features)), '{}') end,
           'protocol', case when i.kind = 'PROTOCOL' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'kind', i.protocol_kind, 'targetPopulation', i.target_population)), '{}') end,
           'unit', case when i.kind = 'SPECIALIZED_UNIT' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'sphere', i.unit_sphere)), '{}') end,
           'informationSystem', case when i.kind = 'INFORMATION_SYSTEM' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'model', i.system_model, 'design', i.system_design, 'sources', i.system_sources,
               'publicAccess', i.public_access, 'publicReports', i.public_reports)), '{}') end,
           'shelter', case when i.kind = 'SHELTER' then nullif(jsonb_strip_nulls(jsonb_build_object(
               'provider', i.shelter_provider, 'exclusive', i.shelter_exclusive, 'acceptsChildren', i.accepts_children)), '{}') end))
from instrument i
left join lateral (select c.subject, c.client, c.actor_country from instrument_change c
                   where c.instrument_id = i.id and c.action in ('IMPORTED', 'CREATED', 'UPDATED')
                   order by c.id desc limit 1) last on true;

-- The baseline was reported by 2015-2018; an answer published by a cycle was reported by that cycle.
insert into instrument_cycle (instrument_id, cycle, question, position, action, revision, recorded_at)
select i.id, case when i.provenance_source = 'REPORT_BASELINE' then '2015-2018' else i.provenance_cycle end,
       i.provenance_question, i.provenance_position, 'REPORTED', 1, i.created_at
from instrument i
where i.provenance_source = 'REPORT_BASELINE' or (i.provenance_source = 'CYCLE_ANSWER' and i.provenance_cycle is not null);
