-- Invoice lines may name the appointment they bill (the appointments table came with V6).
alter table invoice_line
    add constraint invoice_line_appointment_fk foreign key (appointment_id) references appointment (id);
create index invoice_line_appointment_idx on invoice_line (appointment_id) where appointment_id is not null;
