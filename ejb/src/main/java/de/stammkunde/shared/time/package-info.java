/** Time as an injectable clock. */
package de.stammkunde.shared.time;
