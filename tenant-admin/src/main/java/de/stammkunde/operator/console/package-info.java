/** The operator console: tenants, SMS credits, usage. */
package de.stammkunde.operator.console;
