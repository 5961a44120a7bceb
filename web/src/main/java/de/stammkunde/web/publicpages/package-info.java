/** Public pages reached by signed links, without an account: the consent form. */
package de.stammkunde.web.publicpages;
