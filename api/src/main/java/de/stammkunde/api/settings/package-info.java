/** The business's settings over REST. */
package de.stammkunde.api.settings;
