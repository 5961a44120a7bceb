/** The business console's staff page: owners invite, re-role and remove the members of their business. */
package de.stammkunde.web.staff;
