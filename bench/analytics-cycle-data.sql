-- Synthetic instruments reported by one cycle, for bench/analytics-snapshot.sh (100 times the baseline in a cycle):
--   psql -v cycle=CODE -v rows=34650 -v valid_from=YYYY-MM-DD -f bench/analytics-cycle-data.sql
--   psql -v cycle= -v rows=34650 -v valid_from=YYYY-MM-DD -v note='synthetic other benchmark data' -f ...
--        (instruments of no cycle, desk research entered directly: version 1 of origin DIRECT_ENTRY, no cycle row)
--
-- The instruments themselves come from bench/registry-search-data.sql (same word lists and kinds), marked with their
-- own provenance note and recorded as answers of the cycle (provenance CYCLE_ANSWER, question 'bench.synthetic').
-- Each gets what a cycle publication writes beside it (registry migrations V7, V8): its version 1 (origin CYCLE, valid
-- from the cycle's reference date, the instrument as the API shows it, built like V8 does) and the row saying the cycle
-- REPORTED it in that revision, so the registry's cycle read (GET /instruments?cycle=CODE) returns it. One transaction.
-- Removed by bench/analytics-snapshot.sh --cleanup (by the note).
\set ON_ERROR_STOP on
\if :{?note}
\else
\set note 'synthetic cycle benchmark data'
\endif
begin;
\ir registry-search-data.sql

insert into instrument_version (instrument_id, revision, valid_from, recorded_at, origin, cycle, subject, client, actor_country, data)
select i.id, 1, :'valid_from'::date, i.updated_at, case when :'cycle' = '' then 'DIRECT_ENTRY' else 'CYCLE' end,
       nullif(:'cycle', ''), 'bench-synthetic', 'bench', i.country,
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
where i.provenance_note = :'note' and coalesce(i.provenance_cycle, '') = :'cycle';

insert into instrument_cycle (instrument_id, cycle, question, position, action, revision, recorded_at)
select i.id, :'cycle', i.provenance_question, i.provenance_position, 'REPORTED', 1, i.created_at
from instrument i
where i.provenance_note = :'note' and i.provenance_cycle = :'cycle' and :'cycle' <> '';
commit;
analyze instrument;
analyze instrument_version;
analyze instrument_cycle;
