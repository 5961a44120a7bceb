/**
 * Public pages without an account: the consent form reached by a signed link, and the online
 * booking page of a business ({@code /book/{tenant}}).
 */
package de.stammkunde.web.publicpages;
