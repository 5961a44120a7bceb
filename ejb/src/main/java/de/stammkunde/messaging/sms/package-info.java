/**
 * SMS: the {@link de.stammkunde.messaging.sms.SmsGateway} the dispatcher sends through (an HTTP
 * gateway, or in development one that only records), how many segments a text costs, and each
 * tenant's SMS credits in the platform registry, topped up by operators and debited per message.
 */
package de.stammkunde.messaging.sms;
