-- Synthetic instruments for bench/registry-search.sh, in one insert ... select ... from generate_series.
--   psql -v rows=1000000 -f bench/registry-search-data.sql
-- Optional: -v note=... (provenance note that marks the rows; default 'synthetic benchmark data', what
-- registry-search.sh --cleanup deletes) and -v cycle=CODE (the rows are then that cycle's answers: provenance
-- CYCLE_ANSWER, question 'bench.synthetic', position the row number; bench/analytics-cycle-data.sql uses both).
--
-- Titles are built from word lists in the language of the country (Spanish, English, Portuguese, French), half of the
-- non-English ones with an English title too, like the baseline. Picks are skewed (Zipf-like), so a full-text term has
-- a realistic frequency: "trata", "nacional" or "trafficking" match a large share of the rows, a tail place name like
-- "Paysandú" a few hundred. Every column of a kind is filled only for that kind, so the table's checks pass; values
-- of enum columns are the application's enum names. Deterministic: a seeded hash of the row number, not random().
\set ON_ERROR_STOP on
\if :{?note}
\else
\set note 'synthetic benchmark data'
\endif
\if :{?cycle}
\else
\set cycle ''
\endif

-- uniform in [0, 1) from (row, salt)
create function pg_temp.u(g bigint, salt bigint) returns float8 language sql immutable as
    $$ select (hashint8extended(g, salt) & 9007199254740991)::float8 / 9007199254740992 $$;
-- a 1-based index into n items, skewed towards the first ones (skew 1 is uniform)
create function pg_temp.ix(x float8, n int, skew float8) returns int language sql immutable as
    $$ select 1 + floor(power(x, skew) * n)::int $$;

with w as (
    select array(select iso3::text from country order by iso3) as countries,
           array['INTER_AGENCY_BODY', 'LAW', 'NATIONAL_POLICY', 'PLAN', 'REPORTING_CHANNEL', 'PROTOCOL', 'SPECIALIZED_UNIT',
                 'INFORMATION_SYSTEM', 'SHELTER', 'DIAGNOSTIC_ASSESSMENT', 'STATISTICAL_REPORT', 'WEBSITE', 'PROMISING_PRACTICE'] as kinds,
           -- laws, plans, reporting channels and protocols are the most numerous kinds, as in the baseline
           '{1,2,2,2,3,4,4,4,5,5,5,5,6,6,6,7,7,8,9,9,10,10,11,11,12,12,13}'::int[] as kind_weights,
           -- the head of a title, by kind (same order as kinds)
           array['Comisión Interinstitucional', 'Ley', 'Política Nacional', 'Plan Nacional de Acción', 'Línea Gratuita de Denuncia',
                 'Protocolo de Actuación', 'Unidad Especializada', 'Sistema de Registro', 'Casa de Acogida', 'Diagnóstico',
                 'Informe Estadístico', 'Portal', 'Buena Práctica'] as head_es,
           array['Inter-Agency Task Force', 'Act', 'National Policy', 'National Action Plan', 'Hotline', 'Protocol',
                 'Specialized Unit', 'Information System', 'Shelter', 'Assessment', 'Statistical Report', 'Website',
                 'Promising Practice'] as head_en,
           array['Comitê Interinstitucional', 'Lei', 'Política Nacional', 'Plano Nacional', 'Disque Denúncia',
                 'Protocolo de Atendimento', 'Unidade Especializada', 'Sistema de Informação', 'Casa Abrigo', 'Diagnóstico',
                 'Relatório Estatístico', 'Portal', 'Boa Prática'] as head_pt,
           array['Comité interministériel', 'Loi', 'Politique nationale', 'Plan d''action national', 'Ligne d''assistance',
                 'Protocole d''intervention', 'Unité spécialisée', 'Système d''information', 'Centre d''hébergement', 'Diagnostic',
                 'Rapport statistique', 'Site web', 'Bonne pratique'] as head_fr,
           -- what it does (12, the same meaning at the same position in every language), most common first
           array['para la Prevención y Sanción de', 'contra', 'para la Atención Integral a Víctimas de', 'de Protección frente a',
                 'para la Persecución Penal de', 'para la Identificación de Víctimas de', 'para la Reintegración de Sobrevivientes de',
                 'de Coordinación Interinstitucional contra', 'de Capacitación sobre', 'para la Repatriación de Víctimas de',
                 'de Investigación Criminal de', 'de Derivación de Casos de'] as act_es,
           array['to Prevent and Punish', 'against', 'for Comprehensive Assistance to Victims of', 'on Protection against',
                 'for the Prosecution of', 'for the Identification of Victims of', 'for the Reintegration of Survivors of',
                 'on Inter-Agency Coordination against', 'on Training about', 'for the Repatriation of Victims of',
                 'on the Criminal Investigation of', 'for the Referral of Cases of'] as act_en,
           array['de Prevenção e Repressão ao', 'de Enfrentamento ao', 'de Atenção Integral às Vítimas de', 'de Proteção contra o',
                 'de Responsabilização Penal pelo', 'de Identificação de Vítimas do', 'de Reintegração de Sobreviventes do',
                 'de Articulação Interinstitucional contra o', 'de Capacitação sobre o', 'de Repatriação de Vítimas do',
                 'de Investigação Criminal do', 'de Encaminhamento de Casos de'] as act_pt,
           array['de prévention et de répression de', 'de lutte contre', 'd''assistance intégrale aux victimes de',
                 'de protection contre', 'de poursuite pénale de', 'd''identification des victimes de',
                 'de réintégration des survivants de', 'de coordination interinstitutionnelle contre', 'de formation sur',
                 'de rapatriement des victimes de', 'd''enquête pénale sur', 'de référencement des cas de'] as act_fr,
           -- against what (12)
           array['la Trata de Personas', 'la Trata de Personas y el Tráfico Ilícito de Migrantes',
                 'la Explotación Sexual de Niñas, Niños y Adolescentes', 'el Trabajo Forzoso', 'la Trata con Fines de Explotación Laboral',
                 'la Servidumbre Doméstica', 'el Tráfico Ilícito de Migrantes', 'la Mendicidad Forzada', 'el Matrimonio Servil',
                 'el Reclutamiento Forzado de Adolescentes', 'la Extracción Ilícita de Órganos', 'la Explotación Sexual en Línea'] as subj_es,
           array['Trafficking in Persons', 'Trafficking in Persons and Migrant Smuggling', 'Sexual Exploitation of Children and Adolescents',
                 'Forced Labour', 'Trafficking for Labour Exploitation', 'Domestic Servitude', 'Migrant Smuggling', 'Forced Begging',
                 'Servile Marriage', 'Forced Recruitment of Adolescents', 'Organ Removal', 'Online Sexual Exploitation'] as subj_en,
           array['Tráfico de Pessoas', 'Tráfico de Pessoas e ao Contrabando de Migrantes', 'Exploração Sexual de Crianças e Adolescentes',
                 'Trabalho Escravo', 'Tráfico para Exploração Laboral', 'Servidão Doméstica', 'Contrabando de Migrantes',
                 'Mendicância Forçada', 'Casamento Servil', 'Recrutamento Forçado de Adolescentes', 'Remoção Ilegal de Órgãos',
                 'Exploração Sexual Online'] as subj_pt,
           array['la traite des personnes', 'la traite des personnes et du trafic illicite de migrants',
                 'l''exploitation sexuelle des enfants et des adolescents', 'le travail forcé',
                 'la traite à des fins d''exploitation par le travail', 'la servitude domestique', 'le trafic illicite de migrants',
                 'la mendicité forcée', 'le mariage servile', 'l''enrôlement forcé d''adolescents', 'le prélèvement illicite d''organes',
                 'l''exploitation sexuelle en ligne'] as subj_fr,
           -- an optional qualifier (8)
           array['con Enfoque de Género', 'con Enfoque de Derechos Humanos', 'en Zonas Fronterizas', 'en el Ámbito Laboral',
                 'en Entornos Digitales', 'en Comunidades Indígenas', 'en Contextos de Emergencia', 'con Enfoque Interseccional'] as qual_es,
           array['with a Gender Perspective', 'with a Human Rights Approach', 'in Border Areas', 'in the Workplace',
                 'in Digital Environments', 'in Indigenous Communities', 'in Emergency Settings', 'with an Intersectional Approach'] as qual_en,
           array['com Perspectiva de Gênero', 'com Enfoque de Direitos Humanos', 'em Regiões de Fronteira', 'no Ambiente de Trabalho',
                 'em Ambientes Digitais', 'em Comunidades Indígenas', 'em Contextos de Emergência', 'com Abordagem Interseccional'] as qual_pt,
           array['avec une perspective de genre', 'fondé sur les droits humains', 'dans les zones frontalières', 'en milieu de travail',
                 'dans les environnements numériques', 'dans les communautés autochtones', 'en situation d''urgence',
                 'avec une approche intersectionnelle'] as qual_fr,
           -- an optional place; skewed, so the last ones are rare words (a few hundred rows in a million)
           array['Buenos Aires', 'Ciudad de México', 'São Paulo', 'Bogotá', 'Lima', 'Santiago', 'Guatemala', 'Santo Domingo',
                 'San Salvador', 'Tegucigalpa', 'Managua', 'San José', 'Panamá', 'Quito', 'La Paz', 'Asunción', 'Montevideo',
                 'Caracas', 'La Habana', 'Kingston', 'Port of Spain', 'Georgetown', 'Paramaribo', 'Nassau', 'Bridgetown',
                 'Toronto', 'Washington', 'Rio de Janeiro', 'Guayaquil', 'Medellín', 'Cali', 'Córdoba', 'Rosario', 'Mendoza',
                 'Santa Cruz', 'Cochabamba', 'Valparaíso', 'Antofagasta', 'Arica', 'Iquique', 'Cartagena', 'Barranquilla',
                 'Cúcuta', 'Nariño', 'Putumayo', 'Limón', 'Guanacaste', 'Puntarenas', 'Santiago de Cuba', 'Santiago de los Caballeros',
                 'Cuenca', 'Esmeraldas', 'Sucumbíos', 'Santa Ana', 'San Miguel', 'Quetzaltenango', 'Petén', 'San Pedro Sula',
                 'Choluteca', 'Montego Bay', 'Chiapas', 'Tijuana', 'Ciudad Juárez', 'Oaxaca', 'Veracruz', 'Guerrero', 'León',
                 'Chinandega', 'Colón', 'Ciudad del Este', 'Encarnación', 'Cusco', 'Loreto', 'Puno', 'Arequipa', 'Tumbes',
                 'Rivera', 'Salto', 'Maracaibo', 'Zulia', 'Táchira', 'Bolívar', 'San Fernando', 'Castries', 'Kingstown',
                 'Basseterre', 'Roseau', 'St. John''s', 'St. George''s', 'Belmopan', 'Port-au-Prince', 'Ottawa', 'Montréal',
                 'Vancouver', 'Winnipeg', 'Texas', 'California', 'Florida', 'Arizona', 'Bahia', 'Pernambuco', 'Amazonas', 'Pará',
                 'Maranhão', 'Ceará', 'Paraná', 'Goiás', 'Salta', 'Jujuy', 'Misiones', 'Tucumán', 'Potosí', 'Oruro', 'Tarija',
                 'Temuco', 'Cap-Haïtien', 'Darién', 'Huehuetenango', 'Madre de Dios', 'Tapachula', 'Paysandú'] as places,
           array['Ministerio del Interior', 'Ministerio Público', 'Ministerio de Justicia y Derechos Humanos', 'Policía Nacional',
                 'Fiscalía General', 'Ministerio de la Mujer', 'Defensoría del Pueblo', 'Dirección General de Migración',
                 'Ministerio de Trabajo y Previsión Social', 'Secretaría de Bienestar Social'] as inst_es,
           array['Ministry of National Security', 'Office of the Director of Public Prosecutions', 'Ministry of Justice',
                 'Police Service', 'Office of the Attorney General', 'Ministry of Gender Affairs', 'Office of the Ombudsman',
                 'Immigration Department', 'Ministry of Labour', 'Ministry of Social Development'] as inst_en,
           array['Ministério da Justiça e Segurança Pública', 'Ministério Público Federal', 'Ministério dos Direitos Humanos e da Cidadania',
                 'Polícia Federal', 'Defensoria Pública da União', 'Ministério das Mulheres', 'Ouvidoria Nacional de Direitos Humanos',
                 'Polícia Rodoviária Federal', 'Ministério do Trabalho e Emprego', 'Ministério do Desenvolvimento Social'] as inst_pt,
           array['Ministère de la Justice et de la Sécurité publique', 'Parquet général', 'Ministère des Droits de la personne',
                 'Police nationale', 'Bureau du Procureur général', 'Ministère à la Condition féminine',
                 'Office de la protection du citoyen', 'Direction de l''immigration', 'Ministère des Affaires sociales et du Travail',
                 'Comité national de lutte contre la traite'] as inst_fr
)
insert into instrument (country, kind, title, title_en, language, institution, year_start, year_end, confidentiality,
                        provenance_source, provenance_note, created_at, updated_at,
                        provenance_cycle, provenance_question, provenance_position,
                        body_model, established_by, public_institution_count, approaches,
                        legal_path, law_number,
                        plan_type, gender_perspective,
                        channel_type, contact, features,
                        protocol_kind, target_population,
                        unit_sphere,
                        system_model, system_design, public_access,
                        shelter_provider, shelter_exclusive, accepts_children)
select country, kind,
       left(head || law_no || ' ' || act || ' ' || subj || qual || place || years, 1000),
       case when lang <> 'en' and pg_temp.u(g, 11) < 0.5
            then left(head_en || law_no || ' ' || act_en || ' ' || subj_en || qual_en || place_en || years, 1000) end,
       lang, inst, year_start, year_end,
       case when pg_temp.u(g, 12) < 0.05 then 'RESTRICTED' else 'PUBLIC' end,
       case when :'cycle' = '' then 'DESK_RESEARCH' else 'CYCLE_ANSWER' end, :'note', now(), now(),
       nullif(:'cycle', ''), case when :'cycle' <> '' then 'bench.synthetic' end, case when :'cycle' <> '' then g end,
       case when kind = 'INTER_AGENCY_BODY' then (array['SOLE', 'COLLEGIATE', 'HYBRID'])[pg_temp.ix(pg_temp.u(g, 20), 3, 1)] end,
       case when kind = 'INTER_AGENCY_BODY' then (array['LAW', 'DECREE', 'ADMINISTRATIVE_DECISION'])[pg_temp.ix(pg_temp.u(g, 21), 3, 1)] end,
       case when kind = 'INTER_AGENCY_BODY' then 3 + floor(pg_temp.u(g, 22) * 20)::int end,
       case when kind = 'INTER_AGENCY_BODY' then array['PREVENTION', 'PROTECTION', 'PROSECUTION']::varchar(20)[] end,
       case when kind = 'LAW' then (array['CRIMINAL_CODE', 'AMENDING_LAW', 'COMPREHENSIVE_LAW'])[pg_temp.ix(pg_temp.u(g, 23), 3, 1)] end,
       case when kind = 'LAW' then law_number end,
       case when kind in ('NATIONAL_POLICY', 'PLAN') then (array['PLAN_OF_ACTION', 'STRATEGY', 'PROGRAM', 'ROADMAP'])[pg_temp.ix(pg_temp.u(g, 24), 4, 1.5)] end,
       case when kind in ('NATIONAL_POLICY', 'PLAN') then pg_temp.u(g, 25) < 0.6 end,
       case when kind = 'REPORTING_CHANNEL' then (array['DEDICATED_TIP_LINE', 'POLICE_LINE', 'THEMATIC_LINE', 'EMERGENCY_911',
            'MINISTRY_LINE', 'JUSTICE_LINE', 'WEBSITE', 'EMAIL', 'APP', 'SOCIAL_MEDIA'])[pg_temp.ix(pg_temp.u(g, 26), 10, 1.6)] end,
       case when kind = 'REPORTING_CHANNEL' then '1-800-' || lpad((floor(pg_temp.u(g, 27) * 10000000))::int::text, 7, '0') end,
       case when kind = 'REPORTING_CHANNEL' then (array['{FREE,H24}', '{FREE}', '{FREE,ANONYMOUS,H24}', '{ANONYMOUS}',
            '{FREE,SPECIALIZED_STAFF,REFERRAL_CONNECTED}', '{FREE,MULTILINGUAL,H24,TEXT_CHAT}'])[pg_temp.ix(pg_temp.u(g, 28), 6, 1.5)]::varchar(30)[] end,
       case when kind = 'PROTOCOL' then (array['VICTIM_ASSISTANCE', 'CRIMINAL_INVESTIGATION', 'DETECTION_RESPONSE',
            'RISK_ASSESSMENT', 'CONSULAR', 'LABOUR', 'VICTIMIZATION_CERTIFICATION', 'SUPRANATIONAL'])[pg_temp.ix(pg_temp.u(g, 29), 8, 1.5)] end,
       case when kind = 'PROTOCOL' and pg_temp.u(g, 30) < 0.5 then 'children and adolescents' end,
       case when kind = 'SPECIALIZED_UNIT' then (array['POLICE', 'PROSECUTOR', 'JUDICIAL', 'MULTI_AGENCY'])[pg_temp.ix(pg_temp.u(g, 31), 4, 1.3)] end,
       case when kind = 'INFORMATION_SYSTEM' then pg_temp.ix(pg_temp.u(g, 32), 4, 1) end,
       case when kind = 'INFORMATION_SYSTEM' then (array['CENTRALIZED', 'DECENTRALIZED'])[pg_temp.ix(pg_temp.u(g, 33), 2, 1)] end,
       case when kind = 'INFORMATION_SYSTEM' then pg_temp.u(g, 34) < 0.3 end,
       case when kind = 'SHELTER' then (array['STATE', 'NGO', 'BOTH'])[pg_temp.ix(pg_temp.u(g, 35), 3, 1)] end,
       case when kind = 'SHELTER' then pg_temp.u(g, 36) < 0.4 end,
       case when kind = 'SHELTER' then pg_temp.u(g, 37) < 0.5 end
from (
    select g, country, lang, kind, year_start, year_end, law_number,
           case lang when 'es' then w.head_es[k] when 'pt' then w.head_pt[k] when 'fr' then w.head_fr[k] else w.head_en[k] end as head,
           w.head_en[k] as head_en,
           case when law_number is null then '' when lang = 'en' then ' No. ' || law_number else ' N.º ' || law_number end as law_no,
           case lang when 'es' then w.act_es[a] when 'pt' then w.act_pt[a] when 'fr' then w.act_fr[a] else w.act_en[a] end as act,
           w.act_en[a] as act_en,
           case lang when 'es' then w.subj_es[s] when 'pt' then w.subj_pt[s] when 'fr' then w.subj_fr[s] else w.subj_en[s] end as subj,
           w.subj_en[s] as subj_en,
           case when q is null then '' else ' ' || case lang when 'es' then w.qual_es[q] when 'pt' then w.qual_pt[q]
                when 'fr' then w.qual_fr[q] else w.qual_en[q] end end as qual,
           case when q is null then '' else ' ' || w.qual_en[q] end as qual_en,
           case when p is null then '' else case lang when 'es' then ' en ' when 'pt' then ' em ' when 'fr' then ' à ' else ' in ' end
                || w.places[p] end as place,
           case when p is null then '' else ' in ' || w.places[p] end as place_en,
           case when year_end is not null then ' ' || year_start || '-' || year_end
                when pg_temp.u(g, 13) < 0.5 then ' ' || year_start else '' end as years,
           case lang when 'es' then w.inst_es[i] when 'pt' then w.inst_pt[i] when 'fr' then w.inst_fr[i] else w.inst_en[i] end as inst
    from (
        select g, c.country, c.lang, w.kinds[k] as kind, k,
               pg_temp.ix(pg_temp.u(g, 4), 12, 2.0) as a,
               pg_temp.ix(pg_temp.u(g, 5), 12, 2.5) as s,
               case when pg_temp.u(g, 6) < 0.35 then pg_temp.ix(pg_temp.u(g, 7), 8, 1.5) end as q,
               case when pg_temp.u(g, 8) < 0.45 then pg_temp.ix(pg_temp.u(g, 9), array_length(w.places, 1), 3.0) end as p,
               pg_temp.ix(pg_temp.u(g, 10), 10, 1.8) as i,
               y as year_start,
               case when w.kinds[k] in ('NATIONAL_POLICY', 'PLAN') then y + 1 + floor(pg_temp.u(g, 14) * 5)::int end as year_end,
               case when w.kinds[k] = 'LAW' then (1000 + floor(pg_temp.u(g, 15) * 99000)::int)::text end as law_number
        from generate_series(1, :rows) g
        cross join w
        cross join lateral (select w.countries[pg_temp.ix(pg_temp.u(g, 1), array_length(w.countries, 1), 1)] as country) cc
        cross join lateral (select cc.country,
                case when cc.country = 'BRA' then 'pt'
                     when cc.country = 'HTI' or (cc.country = 'CAN' and pg_temp.u(g, 2) < 0.3) then 'fr'
                     when cc.country in ('ATG', 'BHS', 'BRB', 'BLZ', 'CAN', 'DMA', 'GRD', 'GUY', 'JAM', 'KNA', 'LCA', 'VCT',
                                         'SUR', 'TTO', 'USA') then 'en'
                     else 'es' end as lang) c
        cross join lateral (select w.kind_weights[pg_temp.ix(pg_temp.u(g, 3), array_length(w.kind_weights, 1), 1)] as k,
                                   1995 + floor(pg_temp.u(g, 16) * 30)::int as y) kk
    ) b
    cross join w
) t;
