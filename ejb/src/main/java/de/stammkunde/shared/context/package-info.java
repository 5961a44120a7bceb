/** Values bound to the current thread for one request or job, always restored. */
package de.stammkunde.shared.context;
