/** Online booking without an account: the free slots of a day, and booking one. */
package de.stammkunde.api.booking;
