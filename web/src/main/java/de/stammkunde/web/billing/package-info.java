/** The console's invoice pages: the invoice list, a new invoice, an invoice with its payments. */
package de.stammkunde.web.billing;
