-- Invoice lines may name the appointment they bill (the appointments table came with V6; V7
-- already indexes the column).
alter table invoice_line
    add constraint invoice_line_appointment_fk foreign key (appointment_id) references appointment (id);
