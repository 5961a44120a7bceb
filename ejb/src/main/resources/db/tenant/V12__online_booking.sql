-- Online booking: where an appointment was booked, the referral code given with an online
-- booking (kept as given; resolved with the referral feature) and when the privacy notice was
-- acknowledged. An online booking without that acknowledgement cannot exist.
alter table appointment
    add column source                         varchar(10) not null default 'STAFF'
        check (source in ('STAFF', 'ONLINE')),
    add column referral_code                  varchar(50),
    add column privacy_notice_acknowledged_at timestamptz,
    add constraint appointment_online_privacy_notice_ck
        check (source <> 'ONLINE' or privacy_notice_acknowledged_at is not null);
create index appointment_open_time_idx on appointment (starts_at, ends_at) where status <> 'CANCELLED';
