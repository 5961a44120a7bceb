/** The business's own settings, as owners and managers keep them. */
package de.stammkunde.settings;
