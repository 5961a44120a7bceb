/** Settings of the application: environment variables with defaults, logged with secrets masked. */
package de.stammkunde.shared.config;
