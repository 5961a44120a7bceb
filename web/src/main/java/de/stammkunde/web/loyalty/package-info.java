/** Console pages of the loyalty program: the loyalty box of a client, the program's settings, the reward tiers. */
package de.stammkunde.web.loyalty;
