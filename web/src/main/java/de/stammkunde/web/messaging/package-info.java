/** Console pages of messaging: campaigns, the sent log (also on the client profile), message templates. */
package de.stammkunde.web.messaging;
