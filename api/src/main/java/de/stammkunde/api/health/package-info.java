/** The public health endpoint. */
package de.stammkunde.api.health;
