/** The REST API: resources, request and view records, problem details. Only application services below. */
package de.stammkunde.api;
