/** Console pages for clients. */
package de.stammkunde.web.client;
