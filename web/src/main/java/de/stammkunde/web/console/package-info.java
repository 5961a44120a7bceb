/** The business console's shell: tenant routing, the signed-in user, the tenant picker. */
package de.stammkunde.web.console;
