/** The sent log, message templates and consent requests of a business; operators' job runs. */
package de.stammkunde.api.messaging;
