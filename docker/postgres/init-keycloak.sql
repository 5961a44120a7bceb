-- Runs once, when the PostgreSQL container initialises an empty data volume: Keycloak's own
-- database beside the application's (which the image creates from POSTGRES_DB/POSTGRES_USER).
create role keycloak login password 'keycloak';
create database keycloak owner keycloak;
