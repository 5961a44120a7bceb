-- Fills a tenant's client list for bench/clients/run: :n clients more, written straight into the
-- tenant's schema as its owner role, in one statement each for clients and tags.
--   psql -v schema=t_demo -v owner=t_demo_owner -v n=100000 -f clients.sql
-- Ids come from a range far above what client_seq hands out, so the application's own inserts never
-- meet them. Names, addresses and dates are varied but repeatable (setseed). Emails and phones are
-- unique by construction (the running number is part of each), as client_email_uq and
-- client_phone_uq demand; phones are E.164. These clients have no Envers history.

\set ON_ERROR_STOP on
begin;
set local role :"owner";
set local search_path to :"schema";
select setseed(0.4711) \g /dev/null

create temporary table bench_client on commit drop as
select g,
       (1000000000 + g)::bigint as id,
       gender,
       case gender when 'MALE' then
           (array['Lukas','Jonas','Leon','Finn','Paul','Felix','Jan','Tim','Max','Jürgen','Thomas','Michael',
                  'Andreas','Stefan','Christian','Markus','Tobias','Alexander','Daniel','Sebastian','Matthias',
                  'Florian','Philipp','Niklas','Moritz','Elias','Noah','Ben','Luca','David','Simon','Johannes',
                  'Frank','Uwe','Klaus','Wolfgang','Dieter','Günter','Jörg','Björn'])[1 + floor(random() * 40)::int]
       else
           (array['Anna','Lena','Marie','Sophie','Laura','Julia','Lea','Hannah','Emma','Mia','Sabine','Petra',
                  'Claudia','Susanne','Andrea','Nicole','Stefanie','Katrin','Melanie','Sandra','Christina',
                  'Johanna','Clara','Lina','Ella','Emilia','Greta','Ida','Frieda','Charlotte','Katharina',
                  'Franziska','Birgit','Ute','Monika','Renate','Jana','Nina','Jülide','Zoë'])[1 + floor(random() * 40)::int]
       end as first_name,
       (array['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
              'Koch','Richter','Klein','Wolf','Schröder','Neumann','Schwarz','Braun','Zimmermann','Krüger',
              'Hofmann','Hartmann','Lange','Schmitt','Werner','Schmitz','Krause','Meier','Lehmann','Schmid',
              'Schulze','Maier','Köhler','Herrmann','König','Walter','Mayer','Huber','Kaiser','Fuchs',
              'Peters','Lang','Scholz','Möller','Weiß','Jung','Hahn','Schubert','Vogel','Friedrich',
              'Keller','Günther','Frank','Berger','Winkler','Roth','Beck','Lorenz','Baumann','Franke',
              'Albrecht','Schuster','Simon','Ludwig','Böhm','Winter','Kraus','Martin','Schumacher','Krämer',
              'Vogt','Stein','Jäger','Otto','Sommer','Groß','Seidel','Heinrich','Brandt','Haas',
              'Yılmaz','Kaya','Nowak','Kowalski','Nguyen','Rossi','Papadopoulos','Öztürk','von Bergen',
              'Müller-Lüdenscheidt'])[1 + floor(random() * 90)::int] as last_name,
       random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
       random() as r7, random() as r8
from generate_series(1, :n) g,
     lateral (select case when random() < 0.55 then 'FEMALE' when random() < 0.93 then 'MALE'
                          when random() < 0.5 then 'DIVERSE' else 'UNKNOWN' end as gender
              where g > 0) pick;

insert into client (id, version, first_name, last_name, email, phone, birthday, gender, street, postal_code, city,
                    country, notes, status_override, preferred_language, created_at, updated_at)
select c.id, 0, c.first_name, c.last_name,
       case when c.r1 < 0.05 then null
            else translate(replace(replace(replace(replace(lower(
                     case when c.r1 < 0.6 then c.first_name || '.' || c.last_name
                          when c.r1 < 0.8 then left(c.first_name, 1) || '.' || c.last_name
                          else c.first_name || c.last_name end),
                     'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), ' ıëé', '-iee')
                 || c.g || '@'
                 || (array['gmx.de','web.de','t-online.de','gmail.com','posteo.de','outlook.de','icloud.com',
                           'freenet.de'])[1 + floor(c.r2 * 8)::int]
       end,
       case when c.r2 < 0.08 then null
            else '+49' || (array['152','157','160','162','163','170','171','172','173','174','175','176','177',
                                 '178','179'])[1 + floor(c.r3 * 15)::int]
                 || lpad(((c.g::bigint * 48271) % 100000000)::text, 8, '0')
       end,
       case when c.r3 < 0.1 then null else date '1950-01-01' + floor(c.r4 * 21000)::int end,
       c.gender,
       (array['Hauptstraße','Schulstraße','Gartenstraße','Bahnhofstraße','Dorfstraße','Bergstraße','Lindenstraße',
              'Kirchstraße','Waldstraße','Ringstraße','Am Markt','Goethestraße','Schillerweg','Rosenweg'])
           [1 + floor(c.r5 * 14)::int] || ' ' || (1 + floor(c.r6 * 120)::int),
       lpad((1000 + floor(c.r4 * 98000)::int)::text, 5, '0'),
       (array['Berlin','Hamburg','München','Köln','Frankfurt am Main','Stuttgart','Düsseldorf','Leipzig',
              'Dresden','Hannover','Nürnberg','Bremen','Essen','Freiburg im Breisgau','Münster'])
           [1 + floor(c.r6 * 15)::int],
       case when c.r5 < 0.97 then 'DE' when c.r5 < 0.99 then 'AT' else 'CH' end,
       case when c.r6 < 0.1 then 'Bevorzugt Termine am Vormittag.' when c.r6 < 0.12 then 'Allergie gegen Latex.' end,
       case when c.r1 > 0.97 then 'INACTIVE' when c.r1 > 0.9 then 'REGULAR' end,
       case when c.r3 > 0.92 then 'en' else 'de' end,
       c.created_at,
       c.created_at + (now() - c.created_at) * (c.r8 ^ 4)
from (select *, now() - c.r7 * interval '3 years' as created_at from bench_client c) c;

insert into client_tag (client_id, tag)
select distinct c.id, (array['Hochzeit','Familie','Porträt','Bewerbung','Baby','Paar','Business','Abschluss',
                             'Stammkunde','VIP','Newsletter','Gutschein'])[1 + floor(random() * 12)::int]
from bench_client c, generate_series(1, 2) n
where (n = 1 and c.r2 < 0.45) or (n = 2 and c.r2 < 0.15);

commit;
