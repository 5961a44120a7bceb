/** Reading and changing the business's settings. */
package de.stammkunde.settings.application;
