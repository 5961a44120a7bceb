/** Health of the platform as a whole, served by the API's health endpoint. */
package de.stammkunde.shared.health;
