/** The signed-in user of the business console and the client portal. */
package de.stammkunde.web.session;
