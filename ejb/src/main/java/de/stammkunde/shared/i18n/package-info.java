/** The languages of the product. */
package de.stammkunde.shared.i18n;
