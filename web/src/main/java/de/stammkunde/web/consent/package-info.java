/** The consent section of the client profile. */
package de.stammkunde.web.consent;
