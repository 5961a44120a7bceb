/** Console pages of messaging: campaigns. */
package de.stammkunde.web.messaging;
