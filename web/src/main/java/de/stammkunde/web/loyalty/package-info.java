/**
 * Console pages of the loyalty program: the loyalty box of a client, the program's settings, the
 * reward tiers, the retroactive recalculation and the reset of automatic points.
 */
package de.stammkunde.web.loyalty;
